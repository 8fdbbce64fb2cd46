/* A C header: typedef enums, `///<` trailing comments and implicit values. */
#ifndef ROOM_ERRORS_H
#define ROOM_ERRORS_H

/** 房间错误码。 */
typedef enum RoomErrorTag {
    kRoomErrorFull = -100,  ///< 房间已满。
    kRoomErrorClosed,       ///< 房间已关闭，
                            ///< 请重新创建。
    kRoomErrorKicked,       /**< 被踢出房间。 */
    kRoomErrorOk = 0,       ///< 成功。
} RoomError;

/// 网络状态。
typedef enum {
    NET_STATE_UNKNOWN,      ///< 未知。
    NET_STATE_GOOD,         ///< 良好。
    NET_STATE_BAD = 5,      ///< 差。
    NET_STATE_DOWN,         ///< 断开。
} net_state_t;

#endif
