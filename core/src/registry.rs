//! Lookups across every documented family.

use crate::__private::{find_name as find_name_in, find_value as find_value_in};
use crate::{
    AudioMixingError, AudioRecordingErrorCode, CodeInfo, ErrorCode, FamilyInfo, ForwardStreamError,
    KTVErrorCode, KTVPlayerErrorCode, LocalAudioStreamError, LocalProxyError,
    LocalVideoStreamError, MessageSendResultCode, PlayerError, PublicStreamErrorCode,
    StreamMixingErrorCode, SubtitleErrorCode, UserVisibilityChangeError, WarningCode,
};

/// The metadata of every documented family, in the order of the SDK's documentation page.
///
/// ```
/// assert_eq!(rtc_codes::FAMILIES.len(), 16);
/// let total: usize = rtc_codes::FAMILIES.iter().map(|family| family.codes.len()).sum();
/// assert_eq!(total, 172);
/// ```
pub const FAMILIES: &[&FamilyInfo] = &[
    UserVisibilityChangeError::FAMILY,
    ForwardStreamError::FAMILY,
    SubtitleErrorCode::FAMILY,
    KTVErrorCode::FAMILY,
    KTVPlayerErrorCode::FAMILY,
    AudioRecordingErrorCode::FAMILY,
    LocalProxyError::FAMILY,
    StreamMixingErrorCode::FAMILY,
    PublicStreamErrorCode::FAMILY,
    WarningCode::FAMILY,
    ErrorCode::FAMILY,
    AudioMixingError::FAMILY,
    LocalAudioStreamError::FAMILY,
    LocalVideoStreamError::FAMILY,
    MessageSendResultCode::FAMILY,
    PlayerError::FAMILY,
];

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

/// Calls `$lookup::<F>($key)` for every documented family `F`, in `FAMILIES` order, as an array:
/// direct calls, so that each family's `match` is inlined into the lookup.
macro_rules! each_family {
    ($lookup:ident, $key:expr) => {
        [
            $lookup::<UserVisibilityChangeError>($key),
            $lookup::<ForwardStreamError>($key),
            $lookup::<SubtitleErrorCode>($key),
            $lookup::<KTVErrorCode>($key),
            $lookup::<KTVPlayerErrorCode>($key),
            $lookup::<AudioRecordingErrorCode>($key),
            $lookup::<LocalProxyError>($key),
            $lookup::<StreamMixingErrorCode>($key),
            $lookup::<PublicStreamErrorCode>($key),
            $lookup::<WarningCode>($key),
            $lookup::<ErrorCode>($key),
            $lookup::<AudioMixingError>($key),
            $lookup::<LocalAudioStreamError>($key),
            $lookup::<LocalVideoStreamError>($key),
            $lookup::<MessageSendResultCode>($key),
            $lookup::<PlayerError>($key),
        ]
    };
}

/// Every documented code with this value, in family order: a value such as `0` means something
/// in many families.
///
/// ```
/// let matches: Vec<_> = rtc_codes::find_value(-1000).collect();
/// assert_eq!(matches.len(), 1);
/// assert_eq!(matches[0].sdk_name, "kErrorCodeInvalidToken");
/// assert!(rtc_codes::find_value(0).count() > 1);
/// ```
pub fn find_value(value: i64) -> impl Iterator<Item = &'static CodeInfo> {
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
