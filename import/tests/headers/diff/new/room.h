/** Room errors. */
enum DemoRoomError {
    kDemoRoomErrorTokenInvalid = -1000,  ///< Token 无效，请重新获取 Token。
    kDemoRoomErrorRoomFull = -1001,      ///< 房间已满。
    kDemoRoomErrorRoomFul = -1001,       ///< 房间已满（旧名）。
    kDemoRoomErrorKicked = -1010,        ///< 被踢出房间。
    kDemoRoomErrorNoPermission = -1003,  ///< 没有权限。
    kDemoRoomErrorTimeout = -1005,       ///< 进房超时。
};

/** Network errors. */
enum DemoNetError {
    kDemoNetErrorOffline = 1,  ///< 网络断开。
};
