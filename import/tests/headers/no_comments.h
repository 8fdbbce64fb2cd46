enum PlayerState {
    PLAYER_STATE_IDLE,
    PLAYER_STATE_PLAYING,
    PLAYER_STATE_PAUSED,
    PLAYER_STATE_STOPPED = 10,
};

// A plain comment on an enumerator's line describes it when it has no doc comment; one on a
// line of its own is a heading of what follows, not a description.
enum class Quality : unsigned int {
    kQualityLow = 1,   // 低
    // Higher qualities
    kQualityHigh = 2,
};
