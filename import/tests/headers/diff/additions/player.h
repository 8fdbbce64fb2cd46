/** Player errors. */
enum DemoPlayerError {
    kDemoPlayerErrorOk = 0,      ///< 成功。
    kDemoPlayerErrorDecode = 1,  ///< 解码失败。
};
