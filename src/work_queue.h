// work_queue: an ordered parallel map with a bounded window.
//
// RunOrdered pulls items one at a time from `next` (called on worker threads,
// one call at a time), runs `work` on them on `jobs` threads, and hands each
// result to `emit` on the calling thread in the order the items were pulled.
// At most `window` items are in flight or waiting to be emitted, so memory is
// bounded by the window, not by the input, and the emitted sequence is the
// same whatever `jobs` is.
//
// `stop` (set from a signal handler, say) is polled: once true, no further
// item is pulled; items already pulled are finished and emitted (`work`
// decides whether to cut one short). `tick` runs on the calling thread about
// every `tick_interval`, for a progress display.
#ifndef PITH_WORK_QUEUE_H_
#define PITH_WORK_QUEUE_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace pith::internal {

// REQUIRES: jobs >= 1, window >= 1.
template <typename Item, typename Out>
void RunOrdered(int jobs, std::size_t window, const std::function<bool(Item*)>& next,
                const std::function<Out(Item&)>& work, const std::function<void(Out&)>& emit,
                const std::atomic<bool>& stop, const std::function<void()>& tick,
                std::chrono::milliseconds tick_interval = std::chrono::milliseconds(100)) {
  std::mutex mu;
  std::condition_variable changed;
  std::vector<std::optional<Out>> slots(window);
  uint64_t pulled = 0;
  uint64_t emitted = 0;
  bool exhausted = false;
  int running = jobs;

  auto worker = [&] {
    std::unique_lock<std::mutex> lock(mu);
    for (;;) {
      changed.wait(lock, [&] { return exhausted || stop.load() || pulled < emitted + window; });
      if (exhausted || stop.load()) break;
      Item item;
      if (!next(&item)) {
        exhausted = true;
        changed.notify_all();
        break;
      }
      const uint64_t seq = pulled++;
      lock.unlock();
      Out out = work(item);
      lock.lock();
      slots[seq % window] = std::move(out);
      changed.notify_all();
    }
    --running;
    changed.notify_all();
  };

  std::vector<std::thread> threads;
  threads.reserve(static_cast<std::size_t>(jobs));
  for (int i = 0; i < jobs; ++i) threads.emplace_back(worker);

  auto last_tick = std::chrono::steady_clock::now();
  std::unique_lock<std::mutex> lock(mu);
  for (;;) {
    std::optional<Out>& head = slots[emitted % window];
    if (head.has_value()) {
      Out out = std::move(*head);
      head.reset();
      ++emitted;
      changed.notify_all();
      lock.unlock();
      emit(out);
      lock.lock();
    } else if (running == 0 && emitted == pulled) {
      break;
    } else {
      changed.wait_for(lock, tick_interval);
      // A signal handler cannot notify; waiting workers see `stop` here.
      if (stop.load()) changed.notify_all();
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - last_tick >= tick_interval) {
      last_tick = now;
      lock.unlock();
      tick();
      lock.lock();
    }
  }
  lock.unlock();
  for (std::thread& thread : threads) thread.join();
}

}  // namespace pith::internal

#endif  // PITH_WORK_QUEUE_H_
