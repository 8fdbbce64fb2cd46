//! Examples of rtc-codes; see `examples/`.
