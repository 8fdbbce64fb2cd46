//! Proxy: errors of a local SOCKS5 or HTTP-tunnel proxy.

crate::rtc_codes! {
    /// 本地代理错误信息。
    ///
    /// Local proxy errors.
    #[codes(sdk_prefix = "kLocalProxyError", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum LocalProxyError: i32 {
        #[codes(sdk_name = "kLocalProxyErrorOK", success)]
        Ok = 0 => "代理无错误"
            en "No proxy error.",
        Socks5VersionError = 1 => "代理服务器回复的版本号错误，导致 socks5 连接失败。"
            en "The proxy server replied with a wrong version number, so the SOCKS5 connection failed.",
        Socks5FormatError = 2 => "代理服务器回复的格式错误，导致 socks5 连接失败。"
            en "The proxy server replied in a wrong format, so the SOCKS5 connection failed.",
        Socks5InvalidValue = 3 => "代理服务器回复的字段值错误，导致 socks5 连接失败。"
            en "The proxy server replied with an invalid field value, so the SOCKS5 connection failed.",
        Socks5UserPassNotGiven = 4 => "未提供本地代理的用户名及密码，导致 socks5 连接失败。"
            en "No username and password were given for the local proxy, so the SOCKS5 connection failed.",
        Socks5TcpClosed = 5 => "TCP 关闭，导致 socks5 连接失败。"
            en "The TCP connection closed, so the SOCKS5 connection failed.",
        HttpTunnelFailed = 6 => "http隧道代理错误。"
            en "HTTP tunnel proxy error.",
    }
}
