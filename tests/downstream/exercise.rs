//! Runs the downstream crate's use of every generated item.

extern crate rtc_codes_downstream;

#[test]
fn every_generated_item_behaves() {
    assert!(rtc_codes_downstream::exercise());
}
