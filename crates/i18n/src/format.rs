//! Locale-aware formatting of numbers, percentages, durations, dates and times.
//!
//! Numbers, dates and times come from ICU4X with its compiled CLDR data (`icu_decimal`,
//! `icu_datetime`), so separators, digits (Arabic uses the digits CLDR gives `ar`), date
//! order and 12/24-hour clocks follow each locale. ICU4X 2.x has no stable percent or
//! duration formatter: percentages wrap an ICU-formatted number in the CLDR percent pattern
//! of each locale (a small table below), and durations join ICU-formatted numbers with the
//! unit messages `unit-duration-*` of `common.ftl`, so translators own the unit words.
//!
//! Times are Unix seconds (as in the HTTP API and the database) plus the UTC offset, in
//! minutes, to show them in.

use std::time::Duration;

use fixed_decimal::Decimal;
use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use icu_datetime::fieldsets::{T, YMD};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale_core::Locale;

use crate::lang::Lang;
use crate::localizer::Localizer;

fn locale(lang: Lang) -> Locale {
    lang.code().parse().expect("the ten codes are valid locales")
}

/// Formats `value` rounded to at most `max_fraction` and at least `min_fraction` digits.
fn decimal(lang: Lang, value: f64, min_fraction: usize, max_fraction: usize, grouping: bool) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let Ok(mut d) = Decimal::try_from_str(&format!("{value}")) else {
        return value.to_string();
    };
    let max_fraction = max_fraction.max(min_fraction);
    d.round(-(max_fraction.min(20) as i16));
    d.absolute.trim_end();
    d.absolute.pad_end(-(min_fraction.min(20) as i16));
    if d.absolute.is_zero() {
        // No "-0" after rounding a tiny negative value.
        d.sign = fixed_decimal::Sign::None;
    }
    let options =
        DecimalFormatterOptions::from(if grouping { GroupingStrategy::Auto } else { GroupingStrategy::Never });
    match DecimalFormatter::try_new(locale(lang).into(), options) {
        Ok(formatter) => formatter.format_to_string(&d),
        Err(_) => d.to_string(),
    }
}

/// A number as a person reads it: grouping separators, and at most three fraction digits
/// (like JavaScript's `Intl.NumberFormat` default). `1234.5` → `1,234.5` (en), `1.234,5` (de).
pub fn format_number(lang: Lang, value: f64) -> String {
    decimal(lang, value, 0, 3, true)
}

/// A number with exactly `fraction_digits` fraction digits: `(12.5, 2)` → `12.50` / `12,50`.
pub fn format_decimal(lang: Lang, value: f64, fraction_digits: usize) -> String {
    decimal(lang, value, fraction_digits, fraction_digits, true)
}

/// An integer with grouping separators: `1234567` → `1,234,567` (en), `1 234 567` (fr).
pub fn format_integer(lang: Lang, value: i64) -> String {
    let d = Decimal::from(value);
    match DecimalFormatter::try_new(locale(lang).into(), DecimalFormatterOptions::default()) {
        Ok(formatter) => formatter.format_to_string(&d),
        Err(_) => d.to_string(),
    }
}

/// A ratio as a percentage with at most `max_fraction_digits`: `(0.256, 1)` → `25.6%` (en),
/// `25,6 %` (de, fr with their own spaces), `25.6‎%‎` (ar).
pub fn format_percent(lang: Lang, ratio: f64, max_fraction_digits: usize) -> String {
    let number = decimal(lang, ratio * 100.0, 0, max_fraction_digits, true);
    percent_pattern(lang, number)
}

/// CLDR percent patterns (`numbers/percentFormats/standard` with each locale's default
/// numbering system and `percentSign`).
fn percent_pattern(lang: Lang, number: String) -> String {
    match lang {
        // "#,##0 %" with U+00A0 NO-BREAK SPACE
        Lang::Es | Lang::De => format!("{number}\u{a0}%"),
        // "#,##0 %" with U+202F NARROW NO-BREAK SPACE
        Lang::Fr => format!("{number}\u{202f}%"),
        // `ar` defaults to Latin digits in CLDR (as ICU4X shows); its latn percentSign is
        // "%" wrapped in U+200E LEFT-TO-RIGHT MARKs so it stays on the number's right.
        Lang::Ar => format!("{number}\u{200e}%\u{200e}"),
        Lang::En | Lang::It | Lang::PtBr | Lang::Ja | Lang::ZhCn | Lang::Ko => format!("{number}%"),
    }
}

/// Splits a duration into at most two adjacent, non-zero units, largest first:
/// 3 900 s → `[(Hours, 1), (Minutes, 5)]`; under a second → milliseconds.
pub(crate) fn duration_parts(duration: Duration) -> Vec<(DurationUnit, u64)> {
    let total_ms = duration.as_millis();
    if total_ms < 1000 {
        return vec![if total_ms == 0 {
            (DurationUnit::Seconds, 0)
        } else {
            (DurationUnit::Milliseconds, total_ms as u64)
        }];
    }
    let secs = duration.as_secs();
    let units = [
        (DurationUnit::Days, secs / 86_400),
        (DurationUnit::Hours, secs / 3_600 % 24),
        (DurationUnit::Minutes, secs / 60 % 60),
        (DurationUnit::Seconds, secs % 60),
    ];
    let first = units.iter().position(|(_, v)| *v > 0).unwrap_or(3);
    let mut parts = vec![units[first]];
    if let Some(next) = units.get(first + 1).filter(|(_, v)| *v > 0) {
        parts.push(*next);
    }
    parts
}

/// Units a duration is written in; each has a `unit-duration-*` message in `common.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DurationUnit {
    Days,
    Hours,
    Minutes,
    Seconds,
    Milliseconds,
}

impl DurationUnit {
    fn message(self) -> &'static str {
        match self {
            DurationUnit::Days => "unit-duration-days",
            DurationUnit::Hours => "unit-duration-hours",
            DurationUnit::Minutes => "unit-duration-minutes",
            DurationUnit::Seconds => "unit-duration-seconds",
            DurationUnit::Milliseconds => "unit-duration-milliseconds",
        }
    }
}

/// `(year, month 1–12, day 1–31)` of a day number counted from 1970-01-01 (proleptic
/// Gregorian; Howard Hinnant's days-to-civil algorithm). The one place the workspace turns days
/// into calendar dates: the formatters below, backup file names, test helpers.
pub fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// Civil date and time of a Unix timestamp shifted by `utc_offset_minutes`.
fn civil(unix_seconds: i64, utc_offset_minutes: i32) -> Option<DateTime<icu_calendar::Iso>> {
    let local = unix_seconds.checked_add(i64::from(utc_offset_minutes) * 60)?;
    let days = local.div_euclid(86_400);
    let secs = local.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let date = Date::try_new_iso(i32::try_from(year).ok()?, month, day).ok()?;
    let time = Time::try_new((secs / 3600) as u8, (secs / 60 % 60) as u8, (secs % 60) as u8, 0).ok()?;
    Some(DateTime { date, time })
}

/// Date and time to the minute, medium length: `Jan 15, 2025, 4:09 PM` (en),
/// `15.01.2025, 16:09` (de), `2025/01/15 16:09` (ja).
pub fn format_datetime(lang: Lang, unix_seconds: i64, utc_offset_minutes: i32) -> String {
    let Some(dt) = civil(unix_seconds, utc_offset_minutes) else {
        return unix_seconds.to_string();
    };
    match DateTimeFormatter::try_new(locale(lang).into(), YMD::medium().with_time_hm()) {
        Ok(formatter) => formatter.format(&dt).to_string(),
        Err(_) => format!("{:?}", dt),
    }
}

/// Date only, medium length: `Jan 15, 2025` (en), `15 janv. 2025` (fr).
pub fn format_date(lang: Lang, unix_seconds: i64, utc_offset_minutes: i32) -> String {
    let Some(dt) = civil(unix_seconds, utc_offset_minutes) else {
        return unix_seconds.to_string();
    };
    match DateTimeFormatter::try_new(locale(lang).into(), YMD::medium()) {
        Ok(formatter) => formatter.format(&dt.date).to_string(),
        Err(_) => format!("{:?}", dt.date),
    }
}

/// Time of day to the minute in the locale's clock: `4:09 PM` (en), `16:09` (de).
pub fn format_time(lang: Lang, unix_seconds: i64, utc_offset_minutes: i32) -> String {
    let Some(dt) = civil(unix_seconds, utc_offset_minutes) else {
        return unix_seconds.to_string();
    };
    match NoCalendarFormatter::try_new(locale(lang).into(), T::hm()) {
        Ok(formatter) => formatter.format(&dt.time).to_string(),
        Err(_) => format!("{:?}", dt.time),
    }
}

/// How Fluent placeables render numbers: ICU digits and separators, honouring the options
/// of `NUMBER()` (`minimumFractionDigits`, `maximumFractionDigits`, `useGrouping`,
/// `style: "percent"`) and the fraction digits written in a literal (`1.50`).
pub(crate) fn fluent_number(lang: Lang, number: &FluentNumber) -> String {
    let options = &number.options;
    let percent = matches!(options.style, FluentNumberStyle::Percent);
    let min = options.minimum_fraction_digits.unwrap_or(0);
    let max = options.maximum_fraction_digits.unwrap_or(if percent { 0 } else { 3 });
    if percent {
        percent_pattern(lang, decimal(lang, number.value * 100.0, min, max, options.use_grouping))
    } else {
        decimal(lang, number.value, min, max, options.use_grouping)
    }
}

impl Localizer {
    /// See [`format_number`].
    pub fn format_number(&self, lang: impl Into<Lang>, value: f64) -> String {
        format_number(lang.into(), value)
    }

    /// See [`format_percent`].
    pub fn format_percent(&self, lang: impl Into<Lang>, ratio: f64, max_fraction_digits: usize) -> String {
        format_percent(lang.into(), ratio, max_fraction_digits)
    }

    /// See [`format_datetime`].
    pub fn format_datetime(&self, lang: impl Into<Lang>, unix_seconds: i64, utc_offset_minutes: i32) -> String {
        format_datetime(lang.into(), unix_seconds, utc_offset_minutes)
    }

    /// A duration in at most two units, with the unit words of `common.ftl`:
    /// 3 900 s → `1 h 5 min` (en), `1 Std. 5 Min.` (de), `1時間5分` (ja), `1小时5分钟` (zh-CN).
    /// Under a second it is shown in milliseconds; smaller units are truncated, not rounded.
    pub fn format_duration(&self, lang: impl Into<Lang>, duration: Duration) -> String {
        let lang = lang.into();
        let separator = self.translate("unit-duration-separator", lang);
        duration_parts(duration)
            .into_iter()
            .map(|(unit, value)| self.translate_with(unit.message(), lang, &[("value", (value as f64).into())]))
            .collect::<Vec<_>>()
            .join(&separator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_calendar_dates() {
        // (days since 1970-01-01, date): epoch, before it, leap days, century rules.
        let cases = [
            (0, (1970, 1, 1)),
            (-1, (1969, 12, 31)),
            (11_016, (2000, 2, 29)),
            (20_513, (2026, 3, 1)),
            (-25_508, (1900, 3, 1)),
            (47_540, (2100, 2, 28)),
            (47_541, (2100, 3, 1)),
        ];
        for (days, want) in cases {
            assert_eq!(civil_from_days(days), want, "{days}");
        }
    }

    #[test]
    fn duration_parts_table() {
        use DurationUnit::*;
        let cases: &[(u64, &[(DurationUnit, u64)])] = &[
            (0, &[(Seconds, 0)]),
            (250, &[(Milliseconds, 250)]),
            (1_000, &[(Seconds, 1)]),
            (59_999, &[(Seconds, 59)]),
            (60_000, &[(Minutes, 1)]),
            (65_000, &[(Minutes, 1), (Seconds, 5)]),
            (3_900_000, &[(Hours, 1), (Minutes, 5)]),
            (3_605_000, &[(Hours, 1)]),
            (90_061_000, &[(Days, 1), (Hours, 1)]),
            (86_400_000 + 60_000, &[(Days, 1)]),
        ];
        for (ms, expected) in cases {
            assert_eq!(duration_parts(Duration::from_millis(*ms)), expected.to_vec(), "{ms} ms");
        }
    }

    #[test]
    fn civil_dates() {
        let cases = [
            (0, 0, "1970-01-01 00:00"),
            (1_736_957_375, 0, "2025-01-15 16:09"),
            (1_736_957_375, 120, "2025-01-15 18:09"),
            (1_736_957_375, -17 * 60, "2025-01-14 23:09"),
            (951_782_400, 0, "2000-02-29 00:00"),
            (-1, 0, "1969-12-31 23:59"),
        ];
        for (secs, offset, expected) in cases {
            let dt = civil(secs, offset).unwrap();
            let got = format!(
                "{:04}-{:02}-{:02} {:02}:{:02}",
                dt.date.era_year().extended_year,
                dt.date.month().ordinal,
                dt.date.day_of_month().0,
                dt.time.hour.number(),
                dt.time.minute.number()
            );
            assert_eq!(got, expected, "{secs} {offset}");
        }
    }
}
