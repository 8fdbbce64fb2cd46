//! Small statistics for the harnesses.

use std::time::Duration;

/// The median of `samples` (the mean of the two middle ones for an even count).
pub fn median(samples: &mut [Duration]) -> Duration {
    samples.sort_unstable();
    let middle = samples.len() / 2;
    match samples.len() {
        0 => Duration::ZERO,
        n if n % 2 == 1 => samples[middle],
        _ => (samples[middle - 1] + samples[middle]) / 2,
    }
}

/// The median of `ratios` (the mean of the two middle ones for an even count); sorts them.
pub fn median_ratio(ratios: &mut [f64]) -> f64 {
    ratios.sort_by(f64::total_cmp);
    let middle = ratios.len() / 2;
    match (ratios.len(), ratios.get(middle)) {
        (n, Some(&upper)) if n % 2 == 0 => {
            (ratios.get(middle - 1).copied().unwrap_or(upper) + upper) / 2.0
        }
        (_, Some(&upper)) => upper,
        (_, None) => f64::NAN,
    }
}

/// `1.23 s`.
pub fn seconds(duration: Duration) -> String {
    format!("{:.2} s", duration.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::{median, median_ratio};
    use std::time::Duration;

    #[test]
    fn median_of_odd_and_even_counts() {
        let ms = Duration::from_millis;
        assert_eq!(median(&mut [ms(3), ms(1), ms(2)]), ms(2));
        assert_eq!(
            median(&mut [ms(4), ms(1), ms(2), ms(3)]),
            Duration::from_micros(2500)
        );
        assert_eq!(median(&mut []), Duration::ZERO);
    }

    #[test]
    fn median_of_ratios() {
        assert!((median_ratio(&mut [1.3, 1.1, 1.2]) - 1.2).abs() < 1e-12);
        assert!((median_ratio(&mut [1.4, 1.1, 1.2, 1.3]) - 1.25).abs() < 1e-12);
        assert!(median_ratio(&mut []).is_nan());
    }
}
