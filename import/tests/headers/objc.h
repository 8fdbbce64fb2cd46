// An Objective-C header: `NS_ENUM` and `NS_OPTIONS`, attributes, a deprecated enumerator.
#import <Foundation/Foundation.h>

/** 连接状态。 */
typedef NS_ENUM(NSInteger, ByteRTCConnectionState) {
    /** 连接断开。 */
    ByteRTCConnectionStateDisconnected = 1,
    /** 连接中。 */
    ByteRTCConnectionStateConnecting = 2,
    /** 已连接。 */
    ByteRTCConnectionStateConnected = 3,
    /** 重连中（已废弃）。 */
    ByteRTCConnectionStateReconnecting API_DEPRECATED("use Connecting", ios(9.0, 12.0)) = 4,
    /**
     * @deprecated 请改用 ByteRTCConnectionStateDisconnected。
     */
    ByteRTCConnectionStateLost = 5,
} NS_SWIFT_NAME(ConnectionState);

/** 媒体类型，可组合。 */
typedef NS_OPTIONS(int16_t, ByteRTCMediaType) {
    ByteRTCMediaTypeNone = 0,        ///< 无。
    ByteRTCMediaTypeAudio = 1 << 0,  ///< 音频。
    ByteRTCMediaTypeVideo = 1 << 1,  ///< 视频。
};
