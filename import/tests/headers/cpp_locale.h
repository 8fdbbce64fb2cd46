// A C++ header: `enum class X : type` in a namespace, `@locale` blocks and `{@link}`.
#pragma once
#include <cstdint>

namespace rtc {

/**
 * @locale zh
 * @brief 推流错误码。
 * @locale en
 * @brief Errors of publishing a stream.
 */
enum class PublishError : int32_t {
    /**
     * @locale zh
     * @brief 没有推流权限。请检查 {@link #setToken} 传入的 Token。
     * @locale en
     * @brief No permission to publish. Check the token given to {@link #setToken}.
     */
    kPublishErrorNoPermission = -2001,
    /**
     * @locale zh
     * @brief 推流超时。<br>
     *        请检查网络后重试。
     * @locale en
     * @brief The publish timed out.
     *        Check the network, then retry.
     */
    kPublishErrorTimeout = -2002,
    /**
     * @locale zh
     * @brief 只有中文说明。
     */
    kPublishErrorChineseOnly = -2003,
    /**
     * @locale en
     * @brief English only: see {@link Engine#publish the publish call}.
     */
    kPublishErrorEnglishOnly = -2004,
};

/** 音量等级。 */
enum class Volume : uint8_t {
    kVolumeMute = 0,  ///< 静音。
    kVolumeLoud = 255,  ///< 最大。
};

}  // namespace rtc
