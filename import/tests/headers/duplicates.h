/* Enumerators that repeat a value: second SDK names for the same code. */
enum WarningCode {
    /** 发布被禁止。 */
    kWarningCodePublishStreamForbiden = -2002,
    /** 发布被禁止（正确拼写）。 */
    kWarningCodePublishStreamForbidden = -2002,
    /** 订阅失败。 */
    kWarningCodeSubscribeFailed = -2003,
    kWarningCodeSubscribeFail = kWarningCodeSubscribeFailed,
#if 0
    /** An old value, switched off: not imported, and not a second declaration. */
    kWarningCodeSubscribeFailed = -9999,
#endif
    /** 房间不存在。 */
    kRoomWarningCodeNoRoom = -2004,
};
