/* Edge cases: the integer types' bounds, names that collide once converted, a language that is a
 * Rust keyword, quotes and backslashes in comments. */
enum class Bounds : int64_t {
    kBoundsMin = -9223372036854775807 - 1,  ///< 最小值。
    kBoundsMax = 9223372036854775807,       ///< 最大值。
};

enum class Tiny : int8_t {
    kTinyMin = -128,
    kTinyMax = 0x7f,
};

enum Names {
    kNamesFoo_Bar = 1,   ///< "quoted" and \\backslashed\\ (Doxygen's escape of a backslash).
    kNamesFooBar = 2,    ///< Converts to the same name as the one before.
    kNamesOther = 3,     ///< Takes the catch-all's usual name.
    kNamesSelf = 4,      ///< Not a name Rust allows.
    kNames1080p = 5,     ///< Starts with a digit without its prefix.
    /**
     * @locale as অসমীয়া।
     * @locale en English.
     */
    kNamesAssamese = 6,
};
