//! The pure routing decision: which instance gets the next request. No I/O, no clock; the
//! proxy feeds it health, draining and in-flight counts and asks `pick`.
//!
//! - `weighted`: smooth weighted round robin (the nginx algorithm): every pick adds each
//!   eligible instance's weight to its running score, takes the highest, and subtracts the
//!   total from the winner. Over any window the shares follow the weights and picks interleave
//!   (weights 1 and 3 give `B A B B`, not `A B B B`).
//! - `least_conn`: the eligible instance with the fewest requests in flight per unit of weight;
//!   ties go round robin.
//!
//! Eligible = healthy, not ejected by outlier detection, not draining and not excluded
//! (already tried for this request).

use std::collections::BTreeMap;

use super::spec::Balance;

#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    pub weight: f64,
    pub healthy: bool,
    pub draining: bool,
    /// Taken out of rotation by passive outlier detection (consecutive failed answers).
    pub ejected: bool,
    pub in_flight: u32,
    /// Smooth-WRR running score.
    current: f64,
}

impl Slot {
    pub fn new(weight: f64) -> Slot {
        Slot { weight, healthy: false, draining: false, ejected: false, in_flight: 0, current: 0.0 }
    }

    fn eligible(&self) -> bool {
        self.healthy && !self.ejected && !self.draining && self.weight > 0.0
    }
}

/// Instances of one front by instance number.
#[derive(Debug, Clone)]
pub struct Balancer {
    pub balance: Balance,
    pub slots: BTreeMap<u32, Slot>,
    cursor: u32,
}

impl Balancer {
    pub fn new(balance: Balance) -> Balancer {
        Balancer { balance, slots: BTreeMap::new(), cursor: 0 }
    }

    /// Instances that could take a request now.
    pub fn eligible(&self, exclude: &[u32]) -> Vec<u32> {
        self.slots.iter().filter(|(i, s)| s.eligible() && !exclude.contains(i)).map(|(i, _)| *i).collect()
    }

    /// Last resort when no eligible instance is left: the least bad one not being drained —
    /// an ejected instance whose active check still passes first, then one whose check or
    /// process failed (its state may be stale). Lowest number first within each.
    pub fn untried_fallback(&self, tried: &[u32]) -> Option<u32> {
        let usable = |i: &u32, s: &Slot| !s.draining && s.weight > 0.0 && !tried.contains(i);
        let ejected = self.slots.iter().find(|(i, s)| usable(i, s) && s.healthy && s.ejected);
        ejected.or_else(|| self.slots.iter().find(|(i, s)| usable(i, s) && !s.healthy)).map(|(i, _)| *i)
    }

    /// The instance for the next request, or None when no instance is eligible.
    pub fn pick(&mut self, exclude: &[u32]) -> Option<u32> {
        let cands = self.eligible(exclude);
        if cands.is_empty() {
            return None;
        }
        let chosen = match self.balance {
            Balance::Weighted => {
                let total: f64 = cands.iter().map(|i| self.slots[i].weight).sum();
                let mut best: Option<(u32, f64)> = None;
                for i in &cands {
                    let s = self.slots.get_mut(i).expect("candidate exists");
                    s.current += s.weight;
                    if best.is_none_or(|(_, c)| s.current > c) {
                        best = Some((*i, s.current));
                    }
                }
                let (win, _) = best.expect("non-empty");
                self.slots.get_mut(&win).expect("winner exists").current -= total;
                win
            }
            Balance::LeastConn => {
                let load = |i: &u32| self.slots[i].in_flight as f64 / self.slots[i].weight;
                let min = cands.iter().map(load).fold(f64::INFINITY, f64::min);
                let tied: Vec<u32> = cands.iter().copied().filter(|i| load(i) <= min + 1e-9).collect();
                // Round robin among the tied: the first tied instance after the last pick.
                let win = tied.iter().copied().find(|i| *i > self.cursor).unwrap_or(tied[0]);
                self.cursor = win;
                win
            }
        };
        Some(chosen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn balancer(balance: Balance, weights: &[f64]) -> Balancer {
        let mut b = Balancer::new(balance);
        for (i, w) in weights.iter().enumerate() {
            let mut s = Slot::new(*w);
            s.healthy = true;
            b.slots.insert(i as u32, s);
        }
        b
    }

    fn picks(b: &mut Balancer, n: usize) -> Vec<u32> {
        (0..n).map(|_| b.pick(&[]).unwrap()).collect()
    }

    #[test]
    fn weighted_shares_follow_the_weights_and_interleave() {
        // (weights, picks, expected count per instance)
        let cases: &[(&[f64], usize, &[usize])] = &[
            (&[1.0, 1.0], 10, &[5, 5]),
            (&[1.0, 3.0], 8, &[2, 6]),
            (&[1.0, 1.5, 0.8], 33, &[10, 15, 8]),
            (&[2.0], 4, &[4]),
        ];
        for (weights, n, expect) in cases {
            let mut b = balancer(Balance::Weighted, weights);
            let got = picks(&mut b, *n);
            let counts: Vec<usize> =
                (0..weights.len()).map(|i| got.iter().filter(|x| **x == i as u32).count()).collect();
            assert_eq!(&counts, expect, "weights {weights:?}: {got:?}");
        }
        let mut b = balancer(Balance::Weighted, &[1.0, 3.0]);
        assert_eq!(picks(&mut b, 4), vec![1, 0, 1, 1], "smooth: no burst of the heavy instance");
    }

    #[test]
    fn only_healthy_undrained_unexcluded_instances_are_picked() {
        for balance in [Balance::Weighted, Balance::LeastConn] {
            let mut b = balancer(balance, &[1.0, 1.0, 1.0]);
            b.slots.get_mut(&0).unwrap().healthy = false;
            b.slots.get_mut(&1).unwrap().draining = true;
            assert_eq!(picks(&mut b, 5), vec![2; 5], "{balance:?}");
            assert_eq!(b.pick(&[2]), None, "{balance:?}: the only candidate was already tried");
            assert_eq!(b.untried_fallback(&[2]), Some(0), "{balance:?}: an unhealthy instance, never a draining one");
            b.slots.get_mut(&1).unwrap().draining = false;
            b.slots.get_mut(&1).unwrap().ejected = true;
            assert_eq!(b.pick(&[2]), None, "{balance:?}: ejected instances are not picked");
            assert_eq!(b.untried_fallback(&[2]), Some(1), "{balance:?}: the least bad: ejected but passing its check");
            b.slots.get_mut(&1).unwrap().draining = true;
            b.slots.get_mut(&2).unwrap().healthy = false;
            assert_eq!(b.pick(&[]), None);
        }
    }

    #[test]
    fn least_conn_prefers_the_idlest_instance_per_weight() {
        let mut b = balancer(Balance::LeastConn, &[1.0, 1.0]);
        b.slots.get_mut(&0).unwrap().in_flight = 3;
        assert_eq!(picks(&mut b, 3), vec![1, 1, 1]);
        b.slots.get_mut(&1).unwrap().in_flight = 5;
        assert_eq!(b.pick(&[]), Some(0));
        // Weight 2 takes twice the load before it looks as busy.
        let mut b = balancer(Balance::LeastConn, &[1.0, 2.0]);
        b.slots.get_mut(&0).unwrap().in_flight = 2;
        b.slots.get_mut(&1).unwrap().in_flight = 3;
        assert_eq!(b.pick(&[]), Some(1));
        // Idle ties go round robin.
        let mut b = balancer(Balance::LeastConn, &[1.0, 1.0, 1.0]);
        assert_eq!(picks(&mut b, 6), vec![1, 2, 0, 1, 2, 0]);
    }
}
