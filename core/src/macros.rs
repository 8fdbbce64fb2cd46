// The proc macro cannot see this crate's features: the wrapper tells it which are on, so that
// `#[derive(serde::Serialize)]` on a family is implemented with the feature and a clear error
// without it. (Two definitions, one per build, so that the feature is read once, here.)
#[doc = include_str!("rtc_codes.md")]
#[cfg(feature = "serde")]
#[macro_export]
macro_rules! rtc_codes {
    ($($input:tt)*) => {
        $crate::__private::rtc_codes_impl! { [$crate] [serde] $($input)* }
    };
}

#[doc = include_str!("rtc_codes.md")]
#[cfg(not(feature = "serde"))]
#[macro_export]
macro_rules! rtc_codes {
    ($($input:tt)*) => {
        $crate::__private::rtc_codes_impl! { [$crate] [] $($input)* }
    };
}
