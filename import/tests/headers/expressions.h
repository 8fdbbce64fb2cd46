/* Values written as constant expressions. */
enum Flags {
    kFlagNone = 0,
    kFlagAudio = 1 << 0,
    kFlagVideo = 1 << 1,
    kFlagScreen = 1 << 3,
    kFlagAll = kFlagAudio | kFlagVideo | kFlagScreen,
    kFlagNext = kFlagAll + 1,
    kFlagHex = 0x100,
    kFlagCast = (int)(0x200),
    kFlagOctal = 01000,
};

/* An enum whose values name another enum's enumerators. */
enum Derived {
    kDerivedAudio = kFlagAudio * 10,
    kDerivedVideo = Flags::kFlagVideo * 10,
    kDerivedBig = 0xFFFFFFFF,
};
