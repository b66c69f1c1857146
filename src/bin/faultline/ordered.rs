//! Work on several threads, answers in order: how `--jsonl` and a list of
//! FILEs use every core of the machine while each answer is still written
//! as soon as it, and every answer before it, is ready.
//!
//! Three kinds of thread: one reads the inputs (it may wait on standard
//! input for a long time, and the answers ready meanwhile must not wait
//! with it), `jobs` workers analyse, and the calling thread writes. At most
//! `2 × jobs` inputs are between reading and writing at any time, so a
//! slow input holds back a bounded number of answers, never the memory of
//! a whole corpus.

use std::collections::BTreeMap;
use std::io;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

/// Calls `work` on each input `next` gives, on up to `jobs` threads, and
/// `emit` on each result in the order of the inputs. With `jobs` ≤ 1,
/// everything runs on this thread, one input after the other. Stops at
/// `emit`'s first error (the inputs already read are dropped) and
/// returns it.
pub fn in_order<I: Send, R: Send>(
    jobs: usize,
    mut next: impl FnMut() -> Option<I> + Send,
    work: impl Fn(I) -> R + Sync,
    mut emit: impl FnMut(R) -> io::Result<()>,
) -> io::Result<()> {
    if jobs <= 1 {
        while let Some(input) = next() {
            emit(work(input))?;
        }
        return Ok(());
    }
    thread::scope(|scope| {
        // A slot per input between reading and writing: the reader takes
        // one before it hands an input on, the writer gives it back once
        // the answer is written.
        let (take_slot, free_slot) = mpsc::sync_channel::<()>(2 * jobs);
        let (to_workers, inputs) = mpsc::sync_channel::<(u64, I)>(jobs);
        let (to_writer, results) = mpsc::channel::<(u64, R)>();
        scope.spawn(move || {
            let mut seq = 0;
            while let Some(input) = next() {
                if take_slot.send(()).is_err() || to_workers.send((seq, input)).is_err() {
                    break; // the writer stopped
                }
                seq += 1;
            }
        });
        // Shared by the workers and dropped with the last of them, so a
        // reader still handing on inputs then stops too.
        let inputs = Arc::new(Mutex::new(inputs));
        for _ in 0..jobs {
            let (inputs, work, to_writer) = (Arc::clone(&inputs), &work, to_writer.clone());
            scope.spawn(move || loop {
                // The lock is held only while waiting for the next input.
                let next = match inputs.lock() {
                    Ok(inputs) => inputs.recv(),
                    Err(_) => break,
                };
                let Ok((seq, input)) = next else { break };
                if to_writer.send((seq, work(input))).is_err() {
                    break;
                }
            });
        }
        drop((to_writer, inputs));
        let mut waiting = BTreeMap::new();
        let mut turn = 0;
        for (seq, result) in results {
            waiting.insert(seq, result);
            while let Some(result) = waiting.remove(&turn) {
                emit(result)?;
                let _ = free_slot.recv();
                turn += 1;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(jobs: usize, n: u64) -> Vec<u64> {
        let mut i = 0;
        let mut out = Vec::new();
        in_order(
            jobs,
            move || {
                i += 1;
                (i <= n).then_some(i - 1)
            },
            |x| {
                // Later inputs finish first, so order must be restored.
                thread::sleep(std::time::Duration::from_micros((n - x) * 10));
                x * 10
            },
            |r| {
                out.push(r);
                Ok(())
            },
        )
        .unwrap();
        out
    }

    #[test]
    fn answers_come_in_input_order_whatever_the_threads() {
        let expected: Vec<u64> = (0..200).map(|x| x * 10).collect();
        for jobs in [0, 1, 2, 3, 8] {
            assert_eq!(run(jobs, 200), expected, "{jobs} jobs");
        }
        assert!(run(4, 0).is_empty());
    }

    #[test]
    fn an_emit_error_stops_the_run() {
        let mut i = 0u64;
        let mut written = 0;
        let result = in_order(
            2,
            move || {
                i += 1;
                (i <= 1000).then_some(i)
            },
            |x| x,
            |_| {
                written += 1;
                if written == 5 {
                    Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"))
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(result.unwrap_err().kind(), io::ErrorKind::BrokenPipe);
        assert_eq!(written, 5);
    }
}
