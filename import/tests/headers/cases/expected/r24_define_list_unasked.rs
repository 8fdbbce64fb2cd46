// problem: no enum found in the headers; they `#define` 8 integer constants, such as `DEMO_CODEC_OK`: a family of macros makes a family of those whose names start with a prefix (`FAMILY=PREFIX`)
