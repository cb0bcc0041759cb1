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
        let mut fields: Vec<Field> = QuizKey::ALL.map(Field::Quiz).to_vec();
        for list in self.lists() {
            if matches!(list, List::Labels | List::Discussion(_) | List::Prompts(..)) {
                let n = self.count(list).unwrap_or(0);
                fields.extend((0..n).map(|i| Field::Text(Item::new(list, i))));
            }
        }
        for i in 0..self.sources.len() {
            fields.extend(SourceKey::ALL.map(|k| Field::Source(i, k)));
        }
        for (i, dimension) in self.dimensions.iter().enumerate() {
            fields.extend(DimensionKey::ALL.map(|k| Field::Dimension(i, k)));
            for (b, band) in dimension.bands.iter().enumerate() {
                fields.extend(BandKey::ALL.map(|k| Field::Band(i, b, k)));
                for a in 0..band.advice.len() {
                    fields.extend(AdviceKey::ALL.map(|k| Field::Advice(i, b, a, k)));
                }
            }
        }
        for i in 0..self.questions.len() {
            fields.extend(QuestionKey::ALL.map(|k| Field::Question(i, k)));
        }
        for (p, pattern) in self.patterns.iter().enumerate() {
            fields.extend(PatternKey::ALL.map(|k| Field::Pattern(p, k)));
            for c in 0..pattern.when.len() {
                fields.extend(ConditionKey::ALL.map(|k| Field::Condition(p, c, k)));
            }
        }
        for i in 0..self.reflections.len() {
            fields.extend(ReflectionKey::ALL.map(|k| Field::Reflection(i, k)));
        }
        fields
    }
}
