#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
// Input comes from users' code and SDK callbacks: nothing here may panic on it.
#![warn(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[doc(hidden)]
pub mod __private;
mod code;
mod display;
mod error;
mod info;
mod lang;
mod raw;
mod registry;
mod serde_support;
/// `serde` beyond a family's own impls (which a family gets by deriving `serde::Serialize` and
/// `serde::Deserialize`, as its integer; the documented families have them with the feature):
/// codes by name.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde {
    pub mod name;
}
mod templates;
mod undeclared;

#[path = "families/ktv.rs"]
pub mod ktv;
#[path = "families/media.rs"]
pub mod media;
#[path = "families/message.rs"]
pub mod message;
#[path = "families/player.rs"]
pub mod player;
#[path = "families/proxy.rs"]
pub mod proxy;
#[path = "families/room.rs"]
pub mod room;
#[path = "families/stream.rs"]
pub mod stream;
#[path = "families/subtitle.rs"]
pub mod subtitle;

pub use code::{Code, OpenCode, Repr};
pub use display::DisplayIn;
pub use error::{ParseCodeError, ParseCodeErrorKind, UnknownCode};
pub use info::{CodeInfo, FamilyInfo};
pub use lang::{messages_locale, InvalidLanguage};
pub use raw::Raw;
pub use registry::{family, find_name, find_value, FAMILIES};
pub use undeclared::Undeclared;

pub use ktv::{KTVErrorCode, KTVPlayerErrorCode};
pub use media::{AudioRecordingErrorCode, LocalAudioStreamError, LocalVideoStreamError};
pub use message::MessageSendResultCode;
pub use player::{AudioMixingError, PlayerError};
pub use proxy::LocalProxyError;
pub use room::{ErrorCode, UserVisibilityChangeError, WarningCode};
pub use stream::{ForwardStreamError, PublicStreamErrorCode, StreamMixingErrorCode};
pub use subtitle::SubtitleErrorCode;
