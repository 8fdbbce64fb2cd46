//! The names closest to one that matched nothing: case differences and small typos.

/// The names of `names` closest to `query`: those equal but for ASCII case, or else those at the
/// smallest edit distance (insertions, deletions, substitutions and swaps of neighbours, ignoring
/// case) within what a typo explains: one edit for a name of 4 to 15 characters, one more for
/// every 8 characters beyond, none for shorter names. Sorted, without repeats, at most five.
#[must_use]
pub fn closest<'a>(query: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let query: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    let limit = match query.len() {
        0..=3 => 0,
        len => (len / 8).max(1),
    };
    let mut best: Vec<&str> = Vec::new();
    let mut best_distance = limit + 1;
    for name in names {
        let candidate: Vec<char> = name.chars().flat_map(char::to_lowercase).collect();
        if candidate.len().abs_diff(query.len()) > limit {
            continue;
        }
        let distance = edit_distance(&query, &candidate);
        if distance > limit {
            continue;
        }
        if distance < best_distance {
            best_distance = distance;
            best.clear();
        }
        if distance == best_distance {
            best.push(name);
        }
    }
    best.sort_unstable();
    best.dedup();
    best.truncate(5);
    best
}

/// The optimal string alignment distance: the Levenshtein distance with swaps of two neighbouring
/// characters as one edit (`Tokne` → `Token`).
fn edit_distance(a: &[char], b: &[char]) -> usize {
    // Three rows of the dynamic programme: the one before the previous one is for swaps.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(x != y);
            let mut distance = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            if i > 0 && j > 0 && x == b[j - 1] && a[i - 1] == y {
                distance = distance.min(before[j - 1] + 1);
            }
            current[j + 1] = distance;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{closest, edit_distance};

    fn distance(a: &str, b: &str) -> usize {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        edit_distance(&a, &b)
    }

    #[test]
    fn edits_are_counted() {
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("Token", "Token"), 0);
        assert_eq!(distance("Tokn", "Token"), 1);
        assert_eq!(distance("Tokne", "Token"), 1);
        assert_eq!(distance("Tekon", "Token"), 2);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("无效", "无效果"), 1);
    }

    #[test]
    fn typos_and_case_are_suggested() {
        let names = [
            "kErrorCodeInvalidToken",
            "kErrorCodeJoinRoom",
            "InvalidToken",
        ];
        assert_eq!(
            closest("kErrorCodeInvalidTokn", names),
            ["kErrorCodeInvalidToken"]
        );
        assert_eq!(closest("invalidtoken", names), ["InvalidToken"]);
        assert_eq!(closest("InvalidTokne", names), ["InvalidToken"]);
        assert!(closest("kNoSuchCode", names).is_empty());
        // Short names would match too much.
        assert!(closest("Ok", ["On", "Of"]).is_empty());
        assert_eq!(closest("OK", ["Ok"]), ["Ok"]);
    }
}
