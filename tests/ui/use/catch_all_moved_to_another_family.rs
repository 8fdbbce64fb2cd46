// A catch-all value belongs to its family: `-2001` is no code of `ErrorCode`, but it is
// `WarningCode::JoinRoomFailed`; moving the value would make one integer two values.
use codes::{ErrorCode, WarningCode};

fn main() {
    let ErrorCode::Other(undeclared) = ErrorCode::from(-2001) else {
        return;
    };
    let _moved = WarningCode::Other(undeclared);
}
