use super::*;
use crate::compliance::Standard;

fn mgr(active: &[Region], standards: &[Standard]) -> MultiRegionManager {
    let m = MultiRegionManager::new(standards.to_vec());
    for r in active {
        m.activate_region(*r);
    }
    m
}

#[test]
fn optimal_region_table() {
    use Region::*;
    use Standard::*;
    // (active regions, standards, location, expected region, expected rule)
    let cases: &[(&[Region], &[Standard], &str, Region, Option<&str>)] = &[
        (&Region::ALL, &[Gdpr], "Germany", EuCentral, Some("GDPR Art. 44")),
        (&Region::ALL, &[], "DE", EuCentral, None),
        (&Region::ALL, &[Gdpr], "Ireland", EuWest, Some("GDPR Art. 44")),
        (&Region::ALL, &[], "japan", AsiaPacific, None),
        (&Region::ALL, &[Ccpa], "US-CA", UsWest, None),
        (&Region::ALL, &[], "Canada", UsWest, None),
        (&Region::ALL, &[], "Mexico", UsWest, None),
        (&Region::ALL, &[Lgpd], "Brazil", SaEast, Some("LGPD Art. 33")),
        (&Region::ALL, &[], "Argentina", SaEast, None),
        // Without EU regions a German user's data may not go anywhere under GDPR...
        // ...but with GDPR off, the nearest active region wins.
        (&[UsEast, AsiaPacific], &[], "Germany", UsEast, None),
        // LGPD: Brazil without sa-east → us-east is nearer but excluded; the EU is adequate.
        (&[UsEast, EuWest], &[Lgpd], "Brazil", EuWest, Some("LGPD Art. 33")),
        // PDPA: Singapore without asia-pacific → EU (adequate), not the US.
        (&[UsWest, EuCentral], &[Pdpa], "SG", EuCentral, Some("PDPA s. 26")),
    ];
    for (active, standards, loc, want, rule) in cases {
        let got = mgr(active, standards).get_optimal_region(loc).unwrap_or_else(|e| panic!("{loc}: {e}"));
        assert_eq!(got.region, *want, "{loc} with {active:?} under {standards:?}: {}", got.reason);
        assert_eq!(got.rule, *rule, "{loc}: {}", got.reason);
        assert!(got.distance_km > 0.0 && got.distance_km < 20_040.0);
    }
}

#[test]
fn optimal_region_explains_exclusions_and_errors() {
    let m = mgr(&[Region::UsEast, Region::EuWest], &[Standard::Lgpd]);
    let c = m.get_optimal_region("Brazil").unwrap();
    assert_eq!(c.excluded, vec![Region::UsEast]);
    assert!(c.reason.contains("LGPD Art. 33") && c.reason.contains("us-east"), "{}", c.reason);

    let m = mgr(&[Region::UsEast, Region::AsiaPacific], &[Standard::Gdpr]);
    let e = m.get_optimal_region("Germany").unwrap_err();
    assert!(e.to_string().contains("GDPR Art. 44"), "{e}");
    let e = m.get_optimal_region("Atlantis").unwrap_err();
    assert_eq!(e, RegionError::UnknownLocation("Atlantis".into()));
}

#[test]
fn activate_and_deactivate() {
    let m = mgr(&[Region::UsEast], &[]);
    assert!(m.activate_region(Region::EuWest));
    assert!(!m.activate_region(Region::EuWest));
    assert_eq!(m.active_regions(), vec![Region::UsEast, Region::EuWest]);
    assert_eq!(m.deactivate_region(Region::EuWest), Ok(true));
    assert_eq!(m.deactivate_region(Region::UsEast), Err(RegionError::LastActiveRegion(Region::UsEast)));
    assert_eq!(m.get_optimal_region("Germany").unwrap().region, Region::UsEast);
}

#[test]
fn migrate_targets_keep_eu_personal_data_in_the_eu() {
    let all = Region::ALL;
    let t = allowed_target_regions(Region::EuWest, DataCategory::PersonalData, &[Standard::Gdpr], &all);
    assert_eq!(t.len(), 5);
    assert_eq!(t[0].region, Region::EuCentral);
    assert!(t[0].allowed);
    assert!(t[1..].iter().all(|d| !d.allowed && d.rule == Some("GDPR Art. 44")), "{t:?}");
    // Operational metrics may go anywhere; nearest first.
    let t = allowed_target_regions(Region::EuWest, DataCategory::OperationalMetrics, &[Standard::Gdpr], &all);
    assert!(t.iter().all(|d| d.allowed));
    assert!(t.windows(2).all(|w| w[0].distance_km <= w[1].distance_km));
    // US data has no residency rule under GDPR.
    let t = allowed_target_regions(Region::UsEast, DataCategory::PersonalData, &[Standard::Gdpr], &all);
    assert!(t.iter().all(|d| d.allowed));
}

#[test]
fn great_circle_known_distance() {
    // Frankfurt ↔ Dublin is about 1,090 km.
    let f = info(Region::EuCentral);
    let d = info(Region::EuWest);
    let km = great_circle_km(f.lat, f.lon, d.lat, d.lon);
    assert!((1050.0..1130.0).contains(&km), "{km}");
}

#[test]
fn catalogue_is_complete() {
    for r in Region::ALL {
        assert_eq!(info(r).name_key, format!("region-{r}"));
    }
    let mut seen = std::collections::HashSet::new();
    for c in COUNTRIES {
        assert!(seen.insert(c.iso2), "duplicate {}", c.iso2);
        assert!((-90.0..=90.0).contains(&c.lat) && (-180.0..=180.0).contains(&c.lon), "{}", c.iso2);
    }
    assert!(COUNTRIES.len() >= 70);
}
