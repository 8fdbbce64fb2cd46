// problem: no enum found in the headers; they `#define` 8 integer constant(s), such as `DEMO_CODEC_OK`: `--macros FAMILY=PREFIX` makes a family of those whose names start with PREFIX
