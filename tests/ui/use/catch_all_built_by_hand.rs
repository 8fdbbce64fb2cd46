// A catch-all value is made by its family's conversions only (`F::from`), never by hand.
use codes::{ErrorCode, Undeclared};

fn main() {
    let _made = ErrorCode::Other(Undeclared(-1081));
}
