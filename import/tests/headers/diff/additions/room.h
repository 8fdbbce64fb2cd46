/** Room errors. */
enum DemoRoomError {
    kDemoRoomErrorTokenInvalid = -1000,  ///< Token 无效。
    kDemoRoomErrorRoomFull = -1001,      ///< 房间已满。
    kDemoRoomErrorRoomFul = -1001,       ///< 房间已满（旧名）。
    kDemoRoomErrorKicked = -1002,        ///< 被踢出房间。
    kDemoRoomErrorOldName = -1003,       ///< 没有权限。
    kDemoRoomErrorGone = -1004,          ///< 已废弃的错误。
    kDemoRoomErrorTimeout = -1005,       ///< 进房超时。
};

/** Stream errors. */
enum DemoStreamError {
    kDemoStreamErrorBusy = 1,  ///< 推流忙。
    kDemoStreamErrorStopped,   ///< 推流已停止。
};
