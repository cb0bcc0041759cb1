//! Running an entry point: inputs in fixed chunks spread over threads, each
//! input timed with panics caught, failures grouped by the check that failed,
//! and the kept reproducers shrunk.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::entries::{reset_stage, stage, Entry, Failure, Outcome};
use crate::gen::{next_input, stress, Made, Pool, STRESS_SHAPES};
use crate::rng::{hash, mix, Rng};

/// The most time one input may take.
pub const LIMIT: Duration = Duration::from_millis(50);
/// Inputs per chunk. Chunk `k` of an entry point always makes the same
/// inputs for a seed, whichever thread runs it.
const CHUNK: u64 = 4096;
/// The check name slow inputs are grouped under.
pub const SLOW: &str = "an input takes more than 50 ms";

pub struct Settings {
    pub seed: u64,
    pub iterations: u64,
    pub threads: usize,
}

/// One kind of failure and the input kept to reproduce it.
pub struct Found {
    pub check: String,
    pub detail: String,
    /// How many inputs failed this way.
    pub count: u64,
    /// The shortest such input (for slow inputs, the slowest).
    pub input: Vec<u8>,
    pub chunk: u64,
    pub index: u64,
    pub random: bool,
    /// For slow inputs: the time, best of three runs.
    pub time: Option<Duration>,
    /// The length before shrinking, when it was shrunk.
    pub shrunk_from: Option<usize>,
}

impl Found {
    /// Whether `self` is the better reproducer: shortest (slowest for slow
    /// inputs), then first found.
    fn better_than(&self, other: &Found) -> bool {
        let key = |f: &Found| (f.chunk, f.index);
        match (self.time, other.time) {
            (Some(a), Some(b)) if a != b => a > b,
            _ if self.input.len() != other.input.len() => self.input.len() < other.input.len(),
            _ => key(self) < key(other),
        }
    }
}

/// What a run of one entry point found.
#[derive(Default)]
pub struct Stats {
    pub inputs: u64,
    pub random: u64,
    pub mutated: u64,
    pub accepted: u64,
    pub failures: BTreeMap<String, Found>,
    /// The slowest input (its best run in CPU time) and its length.
    pub slowest: Duration,
    pub slowest_len: usize,
    pub wall: Duration,
}

impl Stats {
    fn merge(&mut self, other: Stats) {
        self.inputs += other.inputs;
        self.random += other.random;
        self.mutated += other.mutated;
        self.accepted += other.accepted;
        if other.slowest > self.slowest {
            self.slowest = other.slowest;
            self.slowest_len = other.slowest_len;
        }
        for found in other.failures.into_values() {
            self.add(found);
        }
    }

    fn add(&mut self, found: Found) {
        match self.failures.get_mut(&found.check) {
            None => {
                self.failures.insert(found.check.clone(), found);
            }
            Some(kept) => {
                let count = kept.count + found.count;
                if found.better_than(kept) {
                    *kept = found;
                }
                kept.count = count;
            }
        }
    }

    pub fn failed(&self) -> u64 {
        self.failures.values().map(|f| f.count).sum()
    }
}

thread_local! {
    static LAST_PANIC: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Panics are caught per input: the hook only notes where and why, so a
/// million caught panics do not flood the terminal.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map_or_else(String::new, |l| format!("{}:{}", l.file(), l.line()));
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".into());
        LAST_PANIC.with(|p| *p.borrow_mut() = Some((location, message)));
    }));
}

/// Runs one input once: its outcome (a panic becomes a failure named after
/// the call and the place it panicked) and how long it took.
pub fn run_once(entry: &Entry, input: &[u8]) -> (Outcome, Duration) {
    reset_stage();
    let start = Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| (entry.run)(input)));
    let time = start.elapsed();
    let outcome = result.unwrap_or_else(|_| {
        let (location, message) = LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_default();
        Err(Failure {
            check: format!("panic in {} at {location}", stage()),
            detail: message,
        })
    });
    (outcome, time)
}

/// Runs an input; one that stands out (slower than `slowest`, or over the
/// limit) is run again and timed by its best run, in CPU time where the
/// platform gives it, so a busy machine does not pass for a slow input:
/// twice more, or once when it took over ten times the limit.
pub fn run_timed(entry: &Entry, input: &[u8], slowest: Duration) -> (Outcome, Duration) {
    let (outcome, mut time) = run_once(entry, input);
    if time > slowest || time > LIMIT {
        let again = if time > 10 * LIMIT { 1 } else { 2 };
        for _ in 0..again {
            time = time.min(run_cpu_time(entry, input));
        }
    }
    (outcome, time)
}

/// Runs an input once and returns the CPU time it took (wall time where
/// the platform does not give a thread's CPU time).
pub fn run_cpu_time(entry: &Entry, input: &[u8]) -> Duration {
    let before = thread_cpu_time();
    let (_, wall) = run_once(entry, input);
    match (before, thread_cpu_time()) {
        (Some(a), Some(b)) => b.saturating_sub(a),
        _ => wall,
    }
}

/// The CPU time the calling thread has used, from `clock_gettime`, which
/// the standard library does not expose (and no crate is worth adding for).
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_time() -> Option<Duration> {
    #[repr(C)]
    struct Timespec {
        seconds: i64,
        nanoseconds: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec {
        seconds: 0,
        nanoseconds: 0,
    };
    // SAFETY: clock_gettime only writes one timespec through a valid pointer.
    let status = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
    (status == 0).then(|| Duration::new(t.seconds as u64, t.nanoseconds as u32))
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_time() -> Option<Duration> {
    None
}

/// Runs `settings.iterations` inputs of one entry point on all threads.
pub fn fuzz(entry: &Entry, settings: &Settings) -> Stats {
    let start = Instant::now();
    let chunks = settings.iterations.div_ceil(CHUNK);
    let next = AtomicU64::new(0);
    let mut stats = Stats::default();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..settings.threads.max(1))
            .map(|_| {
                scope.spawn(|| {
                    let mut stats = Stats::default();
                    loop {
                        let chunk = next.fetch_add(1, Ordering::Relaxed);
                        if chunk >= chunks {
                            return stats;
                        }
                        run_chunk(entry, settings, chunk, &mut stats);
                    }
                })
            })
            .collect();
        for worker in workers {
            match worker.join() {
                Ok(s) => stats.merge(s),
                Err(_) => eprintln!("a fuzzing thread failed (a bug in the harness)"),
            }
        }
    });
    stats.wall = start.elapsed();
    stats
}

/// The inputs of one chunk: chunk 0 starts with the seeds themselves, then
/// one input of each large shape as large as the entry point accepts.
fn run_chunk(entry: &Entry, settings: &Settings, chunk: u64, stats: &mut Stats) {
    let mut rng = Rng::new(mix(settings.seed
        ^ mix(hash(entry.name.as_bytes()))
        ^ mix(chunk + 1)));
    let mut pool = Pool::new(entry);
    let first = chunk * CHUNK;
    let count = CHUNK.min(settings.iterations - first);
    for index in 0..count {
        let seeds = entry.seeds.len();
        let made = match index as usize {
            i if chunk == 0 && i < seeds => Made {
                bytes: entry.seeds[i].0.clone(),
                random: false,
            },
            i if chunk == 0 && i < seeds + STRESS_SHAPES => Made {
                bytes: stress(&mut rng, entry, i - seeds, true),
                random: true,
            },
            _ => next_input(&mut rng, entry, &pool),
        };
        let (outcome, time) = run_timed(entry, &made.bytes, stats.slowest);
        stats.inputs += 1;
        if made.random {
            stats.random += 1;
        } else {
            stats.mutated += 1;
        }
        if time > stats.slowest {
            stats.slowest = time;
            stats.slowest_len = made.bytes.len();
        }
        let found = |check: String, detail: String, time: Option<Duration>| Found {
            check,
            detail,
            count: 1,
            input: made.bytes.clone(),
            chunk,
            index,
            random: made.random,
            time,
            shrunk_from: None,
        };
        if time > LIMIT {
            let detail = format!("{:.1} ms (CPU time, best of two or three runs)", ms(time));
            stats.add(found(SLOW.to_string(), detail, Some(time)));
        }
        match outcome {
            Ok(true) => {
                stats.accepted += 1;
                pool.keep(&mut rng, &made.bytes);
            }
            Ok(false) => {}
            Err(f) => stats.add(found(f.check, f.detail, None)),
        }
    }
}

/// Shrinks a failing input while it still fails the same check: first whole
/// JSON members, list items and string contents, then ever smaller runs of
/// bytes, within a time budget. Slow inputs are left as found.
pub fn shrink(entry: &Entry, found: &mut Found, budget: Duration) {
    if found.time.is_some() || found.input.len() > 64 * 1024 {
        return;
    }
    let deadline = Instant::now() + budget;
    let fails_alike = |input: &[u8]| match run_once(entry, input).0 {
        Err(f) if f.check == found.check => Some(f.detail),
        _ => None,
    };
    let original = found.input.len();
    let mut best = found.input.clone();
    let mut detail = None;
    'structure: while Instant::now() < deadline {
        for (start, end) in json_spans(&best) {
            if Instant::now() >= deadline {
                break 'structure;
            }
            let candidate = [&best[..start], &best[end..]].concat();
            if let Some(d) = fails_alike(&candidate) {
                best = candidate;
                detail = Some(d);
                continue 'structure;
            }
        }
        break;
    }
    let mut size = best.len().div_ceil(2).max(1);
    while Instant::now() < deadline {
        let mut progressed = false;
        let mut at = 0;
        while at < best.len() && Instant::now() < deadline {
            let end = (at + size).min(best.len());
            let candidate = [&best[..at], &best[end..]].concat();
            if let Some(d) = fails_alike(&candidate) {
                best = candidate;
                detail = Some(d);
                progressed = true;
            } else {
                at += size;
            }
        }
        if !progressed {
            if size == 1 {
                break;
            }
            size = size.div_ceil(2);
        }
    }
    if best.len() < original {
        found.input = best;
        found.shrunk_from = Some(original);
        if let Some(d) = detail {
            found.detail = d;
        }
    }
}

/// Byte ranges worth removing from JSON, largest first: each member or item
/// with its comma, and the contents of each string.
fn json_spans(b: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    // Per open container: where its current element starts, and the comma before it.
    let mut open: Vec<(usize, Option<usize>)> = Vec::new();
    let mut string_from: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        if let Some(from) = string_from {
            match b[i] {
                b'\\' => i += 1,
                b'"' => {
                    if i > from + 1 {
                        spans.push((from + 1, i));
                    }
                    string_from = None;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        match b[i] {
            b'"' => string_from = Some(i),
            b'{' | b'[' => open.push((i + 1, None)),
            b',' => {
                if let Some(top) = open.last_mut() {
                    spans.push((top.0, i + 1));
                    *top = (i + 1, Some(i));
                }
            }
            b'}' | b']' => {
                if let Some((start, comma)) = open.pop() {
                    if start < i {
                        spans.push((comma.unwrap_or(start), i));
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    spans.sort_by_key(|&(start, end)| std::cmp::Reverse(end - start));
    spans
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
