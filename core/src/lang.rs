//! Language tags (BCP 47), matched as RFC 4647 "lookup" matches them.

/// The first of `requested` and its shorter forms for which `find` finds something: the tag as
/// given, then without its last subtag, and so on (`zh-Hans-CN`, `zh-Hans`, `zh`). A
/// one-character subtag (an extension's or private use's `x`) is removed with the subtag after
/// it, never left at the end. `find` compares tags without case, as tags are.
pub(crate) fn lookup<'a, T>(
    requested: &'a str,
    mut find: impl FnMut(&'a str) -> Option<T>,
) -> Option<T> {
    let mut range = requested;
    while !range.is_empty() {
        if let Some(found) = find(range) {
            return Some(found);
        }
        range = match range.rfind('-') {
            Some(cut) => range.get(..cut).unwrap_or_default(),
            None => return None,
        };
        if let Some(before) = range.rfind('-') {
            if range.len() - before == 2 {
                range = range.get(..before).unwrap_or_default();
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::lookup;

    /// The ranges `lookup` tries for `requested`, in order.
    fn tried(requested: &str) -> [Option<&str>; 4] {
        let mut ranges = [None; 4];
        let mut count = 0;
        lookup(requested, |range| {
            if let Some(slot) = ranges.get_mut(count) {
                *slot = Some(range);
            }
            count += 1;
            None::<()>
        });
        ranges
    }

    #[test]
    fn falls_back_one_subtag_at_a_time() {
        assert_eq!(
            tried("zh-Hans-CN"),
            [Some("zh-Hans-CN"), Some("zh-Hans"), Some("zh"), None]
        );
        assert_eq!(tried("en"), [Some("en"), None, None, None]);
        assert_eq!(
            tried("de-DE-x-goethe"),
            [Some("de-DE-x-goethe"), Some("de-DE"), Some("de"), None]
        );
        assert_eq!(tried(""), [None; 4]);
    }
}
