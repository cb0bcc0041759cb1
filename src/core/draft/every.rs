//! Every list and every form field a draft has, for whatever must go through them all (the tests, the fuzz harness).

use super::field::*;
use super::Draft;
use crate::core::quiz::Situation;

impl Draft {
    /// Every list the draft has: the quiz's own, and those of each habit,
    /// band and style.
    pub fn lists(&self) -> Vec<List> {
        let mut lists = vec![
            List::Labels,
            List::Sources,
            List::Dimensions,
            List::Questions,
            List::Patterns,
            List::Reflections,
        ];
        for (i, dimension) in self.dimensions.iter().enumerate() {
            lists.extend([List::Bands(i), List::Discussion(i)]);
            lists.extend(Situation::ALL.map(|s| List::Prompts(i, s)));
            lists.extend((0..dimension.bands.len()).map(|b| List::Advice(i, b)));
        }
        lists.extend((0..self.patterns.len()).map(List::Conditions));
        lists
    }

    /// Every form field the draft has, in the file's order (`ui` texts
    /// aside: any catalogue key is one).
    pub fn fields(&self) -> Vec<Field> {
        use QuizKey as Q;
        let mut fields: Vec<Field> = [
            Q::Id,
            Q::Version,
            Q::Title,
            Q::Intro,
            Q::Minutes,
            Q::Language,
            Q::Brand,
            Q::NotSure,
        ]
        .map(Field::Quiz)
        .to_vec();
        for list in self.lists() {
            if matches!(list, List::Labels | List::Discussion(_) | List::Prompts(..)) {
                let n = self.count(list).unwrap_or(0);
                fields.extend((0..n).map(|i| Field::Text(Item::new(list, i))));
            }
        }
        for i in 0..self.sources.len() {
            use SourceKey as K;
            fields.extend([K::Id, K::Title, K::Author, K::Date].map(|k| Field::Source(i, k)));
        }
        for (i, dimension) in self.dimensions.iter().enumerate() {
            use DimensionKey as K;
            fields.extend([K::Id, K::Name, K::Description].map(|k| Field::Dimension(i, k)));
            for (b, band) in dimension.bands.iter().enumerate() {
                fields.extend(
                    [BandKey::Min, BandKey::Max, BandKey::Headline].map(|k| Field::Band(i, b, k)),
                );
                for a in 0..band.advice.len() {
                    use AdviceKey as A;
                    fields.extend(
                        [A::Text, A::Sources, A::Questions].map(|k| Field::Advice(i, b, a, k)),
                    );
                }
            }
        }
        for i in 0..self.questions.len() {
            use QuestionKey as K;
            fields.extend(
                [
                    K::Id,
                    K::Dimension,
                    K::Text,
                    K::Reverse,
                    K::Weight,
                    K::Sources,
                ]
                .map(|k| Field::Question(i, k)),
            );
        }
        for (p, pattern) in self.patterns.iter().enumerate() {
            use PatternKey as K;
            fields.extend(
                [
                    K::Id,
                    K::Name,
                    K::Summary,
                    K::TryFirst,
                    K::Sources,
                    K::CtaLabel,
                    K::CtaUrl,
                ]
                .map(|k| Field::Pattern(p, k)),
            );
            for c in 0..pattern.when.len() {
                use ConditionKey as K;
                fields
                    .extend([K::Dimension, K::Test, K::Number].map(|k| Field::Condition(p, c, k)));
            }
        }
        for i in 0..self.reflections.len() {
            use ReflectionKey as K;
            fields.extend([K::Id, K::Prompt, K::Questions].map(|k| Field::Reflection(i, k)));
        }
        fields
    }
}
