//! Files served next to the app that the tools link to (the release build
//! puts them there).

/// The quiz file format (`docs/quiz-format.md`).
pub const FORMAT_REFERENCE: &str = "quiz-format.md";

/// The Candor WordPress plugin, zipped by `scripts/wordpress-zip.mjs`.
pub const WORDPRESS_PLUGIN: &str = "candor-wordpress.zip";

/// The built-in quiz's file, a template for a coach's own.
pub const QUIZ_TEMPLATE: &str = "candor.quiz.json";

/// An example of a coach's own quiz file.
pub const QUIZ_EXAMPLE: &str = "onboarding-readiness.quiz.json";
