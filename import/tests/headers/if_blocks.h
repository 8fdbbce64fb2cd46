/* `@if English` / `@if Chinese` blocks, and an `@if` that is not a language. */

/**
 * @if Chinese
 * 录制错误码。
 * @endif
 * @if English
 * Errors of recording.
 * @endif
 */
enum RecordError {
    /**
     * @if Chinese
     * 没有磁盘空间。
     * @endif
     * @if English
     * No space left on the disk.
     * @endif
     */
    RECORD_ERROR_NO_SPACE = 1,
    /**
     * @if English
     * The file cannot be written.
     * @endif
     * @if Chinese
     * 文件无法写入。
     * @endif
     * @if ANDROID
     * 需要存储权限。
     * @endif
     */
    RECORD_ERROR_NOT_WRITABLE = 2,
};
