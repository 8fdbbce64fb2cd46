//! Tests of rtc-codes; see `tests/`.
