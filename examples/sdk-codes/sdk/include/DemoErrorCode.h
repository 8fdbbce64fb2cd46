// A header as an SDK ships one, written for this example.
#ifndef DEMO_ERROR_CODE_H
#define DEMO_ERROR_CODE_H

#include <stdint.h>

#define DEMO_ERROR_BASE (-1000)

/**
 * @brief Errors reported by `onError`.
 */
typedef NS_ENUM(NSInteger, DemoErrorCode) {
    /**
     * @locale zh
     * @brief Token 无效。
     * @locale en
     * @brief The token is invalid.
     */
    DemoErrorCodeInvalidToken = DEMO_ERROR_BASE,
    /** @brief 加入房间失败。 */
    DemoErrorCodeJoinRoom = DEMO_ERROR_BASE - 1,
    DemoErrorCodeRoomFull = DEMO_ERROR_BASE - 2,  ///< 房间已满。
    DemoErrorCodeKicked = -1010,  ///< 被踢出房间。
};

/** Warnings reported by `onWarning`. */
enum DemoWarningCode : int32_t {
    kDemoWarningCodeSlowNetwork = -2001, /**< 网络较慢。 */
    kDemoWarningCodeNoCamera = -2002,    /**< 没有摄像头。 */
};

#endif
