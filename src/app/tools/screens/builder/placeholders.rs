//! A text with `{name}` placeholders cut at them, so that a view can put a
//! link where the text names one.

/// A piece of a text with `{name}` placeholders: text, or a placeholder's name.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece {
    Text(&'static str),
    Slot(&'static str),
}

/// `text` cut at its `{name}` placeholders, in order.
pub fn pieces(text: &'static str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else {
            break;
        };
        if !before.is_empty() {
            out.push(Piece::Text(before));
        }
        out.push(Piece::Slot(name));
        rest = tail;
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalogue::ToolTexts;
    use crate::core::language::Lang;

    #[test]
    fn texts_are_cut_at_their_placeholders() {
        assert_eq!(
            pieces("Get {template} or {example}."),
            [
                Piece::Text("Get "),
                Piece::Slot("template"),
                Piece::Text(" or "),
                Piece::Slot("example"),
                Piece::Text("."),
            ]
        );
        assert_eq!(pieces("{a}{b}"), [Piece::Slot("a"), Piece::Slot("b")]);
        assert_eq!(pieces("none"), [Piece::Text("none")]);
        assert_eq!(pieces("open { end"), [Piece::Text("open { end")]);
        for lang in Lang::ALL {
            let slots: Vec<Piece> = pieces(ToolTexts::of(lang).own_questions_text())
                .into_iter()
                .filter(|p| matches!(p, Piece::Slot(_)))
                .collect();
            assert_eq!(
                slots,
                [
                    Piece::Slot("template"),
                    Piece::Slot("example"),
                    Piece::Slot("format"),
                    Piece::Slot("check")
                ]
            );
        }
    }

    #[test]
    fn the_wordpress_paragraph_links_the_plugin_in_every_language() {
        for lang in Lang::ALL {
            let slots: Vec<Piece> = pieces(ToolTexts::of(lang).wordpress_first_text())
                .into_iter()
                .filter(|p| matches!(p, Piece::Slot(_)))
                .collect();
            assert_eq!(slots, [Piece::Slot("plugin")], "{}", lang.tag());
        }
    }
}
