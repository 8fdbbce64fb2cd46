/* Enumerators that repeat a value: second SDK names for the same code. */
enum WarningCode {
    /** 发布被禁止。 */
    kWarningCodePublishStreamForbiden = -2002,
    /** 发布被禁止（正确拼写）。 */
    kWarningCodePublishStreamForbidden = -2002,
    /** 订阅失败。 */
    kWarningCodeSubscribeFailed = -2003,
    kWarningCodeSubscribeFail = kWarningCodeSubscribeFailed,
    /** 房间不存在。 */
    kRoomWarningCodeNoRoom = -2004,
};
