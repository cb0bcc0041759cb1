//! Fitting text to a width: cut at a cluster boundary and ended with "…", or wrapped.

use super::draw::{Font, Measure};

/// The ellipsis that ends shortened text.
pub const ELLIPSIS: &str = "…";

/// Whether a character belongs to the one before it: a combining mark, a
/// zero-width joiner, a variation selector, an emoji skin-tone modifier or a
/// tag character. A cut is never made before one of these.
pub(super) fn extends(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F // combining diacritical marks
        | 0x0483..=0x0489
        | 0x0591..=0x05BD
        | 0x0610..=0x061A
        | 0x064B..=0x065F
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x200C..=0x200D // zero-width non-joiner, joiner
        | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F // variation selectors
        | 0xFE20..=0xFE2F
        | 0x1F3FB..=0x1F3FF // skin tones
        | 0xE0020..=0xE007F // tags
        | 0xE0100..=0xE01EF // variation selectors supplement
    )
}

/// The byte offsets at which `text` may be cut: after each character that
/// is not followed by a character extending it, and not a joiner itself.
fn cut_points(text: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut points = Vec::new();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let end = at + c.len_utf8();
        let next = chars.get(i + 1).map(|&(_, n)| n);
        if c != '\u{200D}' && !next.is_some_and(extends) {
            points.push(end);
        }
    }
    points
}

/// `text` as it fits in `width`: whole, or its longest beginning (cut at a
/// [`cut_points`] boundary) followed by "…"; just "…" or nothing when even
/// that does not fit.
pub fn fit(text: &str, font: Font, width: f64, measure: Measure) -> String {
    if measure(text, font) <= width {
        return text.to_string();
    }
    ellipsize_to_width(text, font, width, measure)
}

/// The longest beginning of `text` with "…" that fits in `width`.
fn ellipsize_to_width(text: &str, font: Font, width: f64, measure: Measure) -> String {
    let points = cut_points(text);
    let with_ellipsis = |end: usize| {
        let head = text[..end].trim_end().trim_end_matches('\u{200D}');
        format!("{head}{ELLIPSIS}")
    };
    // Binary search: the widths grow with the cut point.
    let (mut lo, mut hi) = (0usize, points.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if measure(&with_ellipsis(points[mid - 1]), font) <= width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    if lo > 0 {
        with_ellipsis(points[lo - 1])
    } else if measure(ELLIPSIS, font) <= width {
        ELLIPSIS.to_string()
    } else {
        String::new()
    }
}

/// `text` in lines of at most `width`, broken at spaces, at most `max_lines`
/// of them; the last line ends in "…" when the text goes on. A word longer
/// than a line is shortened.
pub fn wrap(text: &str, font: Font, width: f64, max_lines: usize, measure: Measure) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        if lines.len() == max_lines {
            break;
        }
        let mut line = word.to_string();
        while let Some(next) = words.peek() {
            let longer = format!("{line} {next}");
            if measure(&longer, font) <= width {
                line = longer;
                words.next();
            } else {
                break;
            }
        }
        let last = lines.len() + 1 == max_lines;
        if last && words.peek().is_some() {
            // The rest does not fit: end this line with an ellipsis.
            let rest: Vec<&str> = words.by_ref().collect();
            line = ellipsize_to_width(&format!("{line} {}", rest.join(" ")), font, width, measure);
        } else {
            line = fit(&line, font, width, measure);
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::picture::test_support::fake;

    #[test]
    fn shortening_keeps_marks_with_their_letters() {
        let font = Font::regular(10.0);
        // "e" + combining acute, repeated: a cut never leaves a bare mark.
        let text = "e\u{301}".repeat(20);
        for width in 0..150 {
            let fitted = fit(&text, font, f64::from(width), &fake);
            assert!(fake(&fitted, font) <= f64::from(width));
            let body = fitted.trim_end_matches(ELLIPSIS);
            assert!(body.chars().count().is_multiple_of(2), "{fitted:?}");
        }
        // A family emoji (ZWJ sequence) and a flag-like variation sequence.
        let family = "ab\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}cd\u{2764}\u{FE0F}";
        let points = cut_points(family);
        for p in points {
            let (head, tail) = family.split_at(p);
            assert!(!head.ends_with('\u{200D}'));
            assert!(!tail.starts_with(['\u{200D}', '\u{FE0F}']));
        }
        assert_eq!(fit("short", font, 100.0, &fake), "short");
        assert_eq!(fit("a long text", font, 36.0, &fake), "a lon…");
        assert_eq!(fit("a long text", font, 30.0, &fake), "a lo…");
        assert_eq!(fit("a long text", font, 5.0, &fake), "");
    }

    #[test]
    fn wrapping_ends_in_an_ellipsis_when_the_text_goes_on() {
        let font = Font::regular(10.0);
        let lines = wrap("one two three four five six seven", font, 60.0, 2, &fake);
        assert_eq!(lines, vec!["one two".to_string(), "three fou…".to_string()]);
        assert_eq!(
            wrap("one two", font, 60.0, 3, &fake),
            vec!["one two".to_string()]
        );
    }

    proptest::proptest! {
        /// Shortened text always fits, never ends in a joiner and never
        /// leaves a combining mark, joiner or selector without its letter.
        #[test]
        fn shortened_text_fits_and_keeps_clusters(
            text in "[a-zé \u{301}\u{200D}\u{FE0F}\u{1F468}\u{1F3FD}]{0,40}",
            width in 0.0f64..300.0,
            lines in 1usize..4,
        ) {
            let font = Font::regular(10.0);
            let fitted = fit(&text, font, width, &fake);
            proptest::prop_assert!(fake(&fitted, font) <= width);
            let body = fitted.strip_suffix(ELLIPSIS).unwrap_or(&fitted);
            proptest::prop_assert!(text.starts_with(body.trim_end()) || fitted == ELLIPSIS || fitted.is_empty());
            if body.len() < text.len() && !body.is_empty() {
                let rest = &text[body.len()..];
                let next = rest.chars().next();
                // A joiner before a space joins nothing: it may go with the space.
                let dangling = rest
                    .trim_start_matches('\u{200D}')
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace);
                proptest::prop_assert!(
                    !next.is_some_and(extends) || (next == Some('\u{200D}') && dangling),
                    "{:?} cut before {:?}",
                    body,
                    next
                );
                proptest::prop_assert!(!body.ends_with('\u{200D}'), "ends in a joiner");
            }
            for line in wrap(&text, font, width, lines, &fake) {
                proptest::prop_assert!(fake(&line, font) <= width);
            }
        }
    }
}
