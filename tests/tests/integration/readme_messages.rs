//! The README's table of mistakes quotes what the compiler says today: every message it quotes is
//! in the output of a UI test of `tests/ui/`, its `...` and its placeholder names (`` `X` ``, a
//! capital letter) standing for what the test has there.

use std::path::Path;

/// The code spans of `cell` (`` `x` ``, ``` ``x`` ```, ```` ```x``` ````), without their backticks.
fn code_spans(cell: &str) -> Vec<String> {
    let mut spans = Vec::new();
    let mut rest = cell;
    while let Some(start) = rest.find('`') {
        let after = &rest[start..];
        let ticks = after.len() - after.trim_start_matches('`').len();
        let fence = &after[..ticks];
        let body = &after[ticks..];
        let Some(end) = body.find(fence) else { break };
        spans.push(body[..end].trim().to_owned());
        rest = &body[end + ticks..];
    }
    spans
}

#[test]
fn quoted_messages_are_the_compilers() {
    let readme = include_str!("../../../core/README.md");
    let table = readme
        .split("| mistake | the compiler says |")
        .nth(1)
        .expect("the README's table of mistakes");
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let mut outputs = Vec::new();
    for dir in ["fail", "use"] {
        for entry in std::fs::read_dir(ui.join(dir)).expect("the UI tests") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|ext| ext == "stderr") {
                outputs.push(std::fs::read_to_string(&path).expect("readable"));
            }
        }
    }
    let mut checked = 0;
    let mut unknown = Vec::new();
    for row in table
        .lines()
        .skip(1)
        .take_while(|line| line.starts_with('|'))
    {
        let said = row.splitn(3, '|').nth(2).unwrap_or_default();
        for quote in code_spans(said)
            .into_iter()
            .filter(|quote| quote.len() > 24)
        {
            let pieces = literal_pieces(&quote);
            if !outputs.iter().any(|output| in_order(output, &pieces)) {
                unknown.push(quote);
            }
            checked += 1;
        }
    }
    assert!(
        unknown.is_empty(),
        "the README quotes messages no UI test gives:\n{}",
        unknown.join("\n")
    );
    assert!(checked > 30, "{checked} quotes checked");
}

/// The literal parts of a quote, between its wildcards: `...` and a placeholder name (a capital
/// letter in backticks).
fn literal_pieces(quote: &str) -> Vec<String> {
    let mut pieces = vec![String::new()];
    let mut rest = quote;
    while !rest.is_empty() {
        let placeholder = rest.len() >= 3
            && rest.as_bytes()[0] == b'`'
            && rest.as_bytes()[1].is_ascii_uppercase()
            && rest.as_bytes()[2] == b'`';
        if rest.starts_with("...") || placeholder {
            pieces.push(String::new());
            rest = &rest[3..];
            continue;
        }
        let c = rest.chars().next().unwrap_or_default();
        if let Some(last) = pieces.last_mut() {
            last.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    pieces
        .into_iter()
        .map(|piece| piece.trim().to_owned())
        .filter(|piece| piece.len() > 3)
        .collect()
}

/// Whether `output` has every piece, in order.
fn in_order(output: &str, pieces: &[String]) -> bool {
    let mut at = 0;
    for piece in pieces {
        match output[at..].find(piece.as_str()) {
            Some(found) => at += found + piece.len(),
            None => return false,
        }
    }
    true
}
