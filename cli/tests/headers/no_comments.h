enum PlayerState {
    PLAYER_STATE_IDLE,
    PLAYER_STATE_PLAYING,
    PLAYER_STATE_PAUSED,
    PLAYER_STATE_STOPPED = 10,
};

// A plain comment describes an enumerator without a doc comment.
enum class Quality : unsigned int {
    kQualityLow = 1,   // 低
    // 高
    kQualityHigh = 2,
};
