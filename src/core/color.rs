//! Colors for coach theming: parsing `RRGGBB` and keeping an accent color
//! readable (WCAG AA, 4.5:1) against the page it sits on.

/// An sRGB color.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The light theme's page background (white text sits on the accent too).
pub const LIGHT_BACKGROUND: Rgb = Rgb(0xff, 0xff, 0xff);
/// The dark theme's page background.
pub const DARK_BACKGROUND: Rgb = Rgb(0x12, 0x14, 0x17);
/// The dark theme's text on accent-colored buttons (light text sits on the
/// accent in the light theme, the same white as its page).
pub const DARK_ACCENT_TEXT: Rgb = Rgb(0x0b, 0x1a, 0x2a);
/// WCAG AA for normal text.
pub const AA_CONTRAST: f64 = 4.5;

impl Rgb {
    /// Reads `RRGGBB` (an optional leading `#` is allowed), any case.
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// `#rrggbb`.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2 defines it.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// Mixes towards `other` by `t` (0 = self, 1 = other).
    fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

/// The WCAG contrast ratio between two colors, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// An accent color as asked for and as used on one background.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Accent {
    pub requested: Rgb,
    pub used: Rgb,
}

impl Accent {
    pub fn was_adjusted(&self) -> bool {
        self.requested != self.used
    }

    /// What was changed, in words, for the builder and the console; `None`
    /// when the color is used as given.
    pub fn adjustment(&self, scheme: &str) -> Option<String> {
        self.was_adjusted().then(|| {
            format!(
                "accent: {} is hard to read on the {scheme} theme, so Candor will use {} there.",
                self.requested.to_hex(),
                self.used.to_hex()
            )
        })
    }
}

/// The accent as used on each theme: `("light", …)` then `("dark", …)`.
pub fn theme_accents(requested: Rgb) -> [(&'static str, Accent); 2] {
    [
        ("light", readable_accent(requested, LIGHT_BACKGROUND)),
        ("dark", readable_accent(requested, DARK_BACKGROUND)),
    ]
}

/// The accent nearest to `requested` that reaches AA contrast both as text on
/// the page `background` and under button text: darkened on light pages,
/// lightened on dark ones.
pub fn readable_accent(requested: Rgb, background: Rgb) -> Accent {
    let (towards, button_text) = if background.luminance() > 0.5 {
        (Rgb(0, 0, 0), background)
    } else {
        (Rgb(0xff, 0xff, 0xff), DARK_ACCENT_TEXT)
    };
    let readable = |c: &Rgb| {
        contrast(*c, background) >= AA_CONTRAST && contrast(*c, button_text) >= AA_CONTRAST
    };
    let used = (0..=40)
        .map(|step| requested.mix(towards, f64::from(step) / 40.0))
        .find(readable)
        .unwrap_or(towards);
    Accent { requested, used }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hex_with_or_without_hash() {
        assert_eq!(Rgb::parse_hex("1f4E79"), Some(Rgb(0x1f, 0x4e, 0x79)));
        assert_eq!(Rgb::parse_hex("#ffffff"), Some(Rgb(255, 255, 255)));
        for bad in [
            "",
            "fff",
            "12345g",
            "#12345",
            "1234567",
            "＃123456",
            "javascript:",
        ] {
            assert_eq!(Rgb::parse_hex(bad), None, "{bad}");
        }
        assert_eq!(Rgb(0x1f, 0x4e, 0x79).to_hex(), "#1f4e79");
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast(Rgb(0x77, 0x77, 0x77), Rgb(255, 255, 255)) - 4.48).abs() < 0.01);
        assert_eq!(contrast(Rgb(9, 9, 9), Rgb(9, 9, 9)), 1.0);
    }

    #[test]
    fn a_readable_accent_is_kept_as_is() {
        let a = readable_accent(Rgb(0x1f, 0x4e, 0x79), LIGHT_BACKGROUND);
        assert!(!a.was_adjusted());
    }

    #[test]
    fn a_pale_accent_is_darkened_on_light_and_a_dark_one_lightened_on_dark() {
        let yellow = Rgb(0xff, 0xee, 0x58);
        let light = readable_accent(yellow, LIGHT_BACKGROUND);
        assert!(light.was_adjusted());
        assert!(contrast(light.used, LIGHT_BACKGROUND) >= AA_CONTRAST);
        // Readable on the dark page but not under the dark theme's button text.
        let blue = readable_accent(Rgb(0x1f, 0x4e, 0x79), DARK_BACKGROUND);
        assert!(contrast(blue.used, DARK_ACCENT_TEXT) >= AA_CONTRAST);
        let navy = Rgb(0x10, 0x10, 0x40);
        let dark = readable_accent(navy, DARK_BACKGROUND);
        assert!(dark.was_adjusted());
        assert!(contrast(dark.used, DARK_BACKGROUND) >= AA_CONTRAST);
    }

    #[test]
    fn every_accent_ends_up_readable() {
        for r in (0..=255).step_by(51) {
            for g in (0..=255).step_by(51) {
                for b in (0..=255).step_by(51) {
                    for bg in [LIGHT_BACKGROUND, DARK_BACKGROUND] {
                        let a = readable_accent(Rgb(r, g, b), bg);
                        assert!(contrast(a.used, bg) >= AA_CONTRAST, "{r} {g} {b} on {bg:?}");
                        if bg == DARK_BACKGROUND {
                            assert!(
                                contrast(a.used, DARK_ACCENT_TEXT) >= AA_CONTRAST,
                                "{r} {g} {b}: button text"
                            );
                        }
                    }
                }
            }
        }
    }
}
