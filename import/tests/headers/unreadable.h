/* Constructs the importer cannot read: each is reported, the rest is imported. */
enum Mixed {
    kMixedFirst = 1,       ///< 第一个。
    kMixedSize = sizeof(long),
    kMixedAfter,           ///< 跟在无法计算的值后面。
    kMixedMacro = SOME_MACRO + 1,
    kMixedGood = 7,        ///< 可以读取。
    kMixedTooBig = 1 << 70,
    "not a name" = 3,
    kMixedLast = 9,        ///< 最后一个。
};

enum {
    kAnonymous = 1,
};

enum class Small : uint8_t {
    kSmallFits = 255,
    kSmallOverflows = 256,
};

enum Empty {
};
