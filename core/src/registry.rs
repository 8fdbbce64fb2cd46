//! Lookups across every documented family.

use crate::__private::{find_name as find_name_in, find_value as find_value_in};
use crate::{CodeInfo, FamilyInfo};

/// Calls `$callback! { $($args)* [UserVisibilityChangeError, ForwardStreamError, ...] }` with the
/// type name of every documented family, in the order of [`FAMILIES`]: the one list of them, for
/// this crate's registry and for its tests and benchmarks, which check every family generically.
/// The names resolve where the callback expands (`crate::$family`, `rtc_codes::$family`).
#[doc(hidden)]
#[macro_export]
macro_rules! __documented_families {
    ($callback:ident! { $($args:tt)* }) => {
        $callback! { $($args)* [
            UserVisibilityChangeError,
            ForwardStreamError,
            SubtitleErrorCode,
            KTVErrorCode,
            KTVPlayerErrorCode,
            AudioRecordingErrorCode,
            LocalProxyError,
            StreamMixingErrorCode,
            PublicStreamErrorCode,
            WarningCode,
            ErrorCode,
            AudioMixingError,
            LocalAudioStreamError,
            LocalVideoStreamError,
            MessageSendResultCode,
            PlayerError,
        ] }
    };
}

/// `&[F::FAMILY, ...]` of the documented families.
macro_rules! family_infos {
    ([$($family:ident,)*]) => {
        &[$(crate::$family::FAMILY),*]
    };
}

/// The metadata of every documented family, in the order of the SDK's documentation page.
///
/// ```
/// assert_eq!(rtc_codes::FAMILIES.len(), 16);
/// let total: usize = rtc_codes::FAMILIES.iter().map(|family| family.codes.len()).sum();
/// assert_eq!(total, 172);
/// ```
pub const FAMILIES: &[&FamilyInfo] = crate::__documented_families!(family_infos! {});

/// The documented family named `name` (its Rust and documented name, such as `"ErrorCode"`).
///
/// ```
/// assert_eq!(rtc_codes::family("KTVErrorCode").map(|f| f.codes.len()), Some(21));
/// assert!(rtc_codes::family("NoSuchFamily").is_none());
/// ```
#[must_use]
pub fn family(name: &str) -> Option<&'static FamilyInfo> {
    FAMILIES.iter().copied().find(|family| family.name == name)
}

/// `[$lookup::<F>($key), ...]` for every documented family `F`, in `FAMILIES` order: direct calls,
/// so that each family's `match` is inlined into the lookup.
macro_rules! each_family {
    ($lookup:ident, $key:expr) => {
        crate::__documented_families!(each_family! { @each $lookup, $key, })
    };
    (@each $lookup:ident, $key:expr, [$($family:ident,)*]) => {
        [$($lookup::<crate::$family>($key)),*]
    };
}

/// Every documented code with this value, of any integer type, in family order: a value such as
/// `0` means something in many families.
///
/// ```
/// let matches: Vec<_> = rtc_codes::find_value(-1000).collect();
/// assert_eq!(matches.len(), 1);
/// assert_eq!(matches[0].sdk_name, "kErrorCodeInvalidToken");
/// assert!(rtc_codes::find_value(0).count() > 1);
/// let reported: u16 = 1204;
/// assert_eq!(rtc_codes::find_value(reported).count(), 1);
/// ```
pub fn find_value(value: impl Into<i128>) -> impl Iterator<Item = &'static CodeInfo> {
    let value: i128 = value.into();
    each_family!(find_value_in, value).into_iter().flatten()
}

/// Every documented code known by `name` (its Rust name, SDK name or an alias, compared
/// exactly), in family order: a Rust name such as `Ok` is used by many families.
///
/// ```
/// let found: Vec<_> = rtc_codes::find_name("kWarningCodePublishStreamForbidden").collect();
/// assert_eq!(found[0].sdk_name, "kWarningCodePublishStreamForbiden");
/// assert!(rtc_codes::find_name("Ok").count() > 1);
/// ```
pub fn find_name(name: &str) -> impl Iterator<Item = &'static CodeInfo> {
    each_family!(find_name_in, name).into_iter().flatten()
}
