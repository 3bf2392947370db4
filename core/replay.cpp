// SPDX-License-Identifier: MIT
#include "replay.h"

#include "heap.h"
#include "jsonl.h"
#include "replayer.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace heapboard {

namespace {

    constexpr std::size_t kTextChunk = 1 << 20;

    // Hands the text to sink once it holds a chunk's worth.
    void sendIfFull(std::string &out, const TextSink &sink)
    {
        if (out.size() < kTextChunk)
            return;
        sink(out);
        out.clear();
    }

    // Without --states the JSON of a step depends only on its trace line and its
    // outcome, so one thread replays while another formats and writes what was
    // replayed before: on two cores the text costs (almost) no replay time.
    class FormatThread
    {
    public:
        struct Outcome {
            ErrorCode error = ErrorCode::None;
            bool hasPtr = false;
            Addr ptr = 0;
        };
        using Batch = std::vector<Outcome>;
        static constexpr std::size_t kBatch = 16384;
        static constexpr std::size_t kInFlight = 4; // bounds the memory to ~1 MB of outcomes

        FormatThread(const Trace &trace, const TextSink &sink)
            : m_trace(trace)
            , m_sink(sink)
            , m_thread([this] { run(); })
        { }
        ~FormatThread() { finish(); }

        // An empty batch to fill, reused when one has been written.
        Batch take()
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_full.size() < kInFlight; });
            Batch b;
            if (!m_spare.empty()) {
                b = std::move(m_spare.back());
                m_spare.pop_back();
            }
            b.clear();
            b.reserve(kBatch);
            return b;
        }
        void give(Batch batch)
        {
            {
                std::lock_guard lock(m_mutex);
                m_full.push_back(std::move(batch));
            }
            m_changed.notify_all();
        }
        // Waits until everything given has been written.
        void finish()
        {
            if (!m_thread.joinable())
                return;
            {
                std::lock_guard lock(m_mutex);
                m_done = true;
            }
            m_changed.notify_all();
            m_thread.join();
        }

    private:
        void run()
        {
            std::string out;
            out.reserve(kTextChunk + 4096);
            std::size_t step = 0;
            for (;;) {
                Batch batch;
                {
                    std::unique_lock lock(m_mutex);
                    m_changed.wait(lock, [this] { return !m_full.empty() || m_done; });
                    if (m_full.empty())
                        break;
                    batch = std::move(m_full.front());
                    m_full.pop_front();
                }
                m_changed.notify_all();
                for (const Outcome &o : batch) {
                    TraceStep s;
                    s.result.error = o.error;
                    s.hasPtr = o.hasPtr;
                    s.ptr = o.ptr;
                    jsonl::appendStep(out, step, m_trace, m_trace.ops[step], s);
                    ++step;
                    sendIfFull(out, m_sink);
                }
                std::lock_guard lock(m_mutex);
                m_spare.push_back(std::move(batch));
            }
            m_sink(out);
        }

        const Trace &m_trace;
        const TextSink &m_sink;
        std::mutex m_mutex;
        std::condition_variable m_changed;
        std::deque<Batch> m_full;
        std::vector<Batch> m_spare;
        bool m_done = false;
        std::thread m_thread; // last: starts once the members above exist
    };

    void replayWithStates(const Trace &trace, Heap &heap, const TextSink &sink)
    {
        std::string out;
        out.reserve(kTextChunk + 4096);
        replay(trace, heap, [&](std::size_t i, const TraceOp &op, const TraceStep &step) {
            jsonl::appendStep(out, i, trace, op, step, &heap);
            sendIfFull(out, sink);
        });
        sink(out);
    }

    void replayPipelined(const Trace &trace, Heap &heap, const TextSink &sink)
    {
        FormatThread writer(trace, sink);
        FormatThread::Batch batch = writer.take();
        replay(trace, heap, [&](std::size_t, const TraceOp &, const TraceStep &step) {
            batch.push_back({ step.result.error, step.hasPtr, step.ptr });
            if (batch.size() == FormatThread::kBatch) {
                writer.give(std::move(batch));
                batch = writer.take();
            }
        });
        writer.give(std::move(batch));
        writer.finish();
    }

    jsonl::Operation operationOf(const Scenario &scenario, const ScenarioStep &step, std::string &scratch)
    {
        static constexpr std::string_view names[] = { "malloc", "free", "realloc", "policy" };
        jsonl::Operation op;
        op.op = names[int(step.kind)];
        const auto handleName
            = [&scenario](int h) { return std::string_view(scenario.handles[std::size_t(h)]); };
        switch (step.kind) {
        case ScenarioStep::Kind::Malloc:
            op.id = step.result >= 0 ? handleName(step.result) : std::string_view();
            op.hasSize = true;
            op.size = step.size;
            break;
        case ScenarioStep::Kind::Free:
        case ScenarioStep::Kind::Realloc:
            if (step.operand >= 0) {
                op.id = handleName(step.operand);
            } else {
                scratch = std::to_string(step.address());
                op.id = scratch;
            }
            op.hasSize = step.kind == ScenarioStep::Kind::Realloc;
            op.size = step.size;
            break;
        case ScenarioStep::Kind::SetPolicy:
            op.policy = policyName(step.policy);
            break;
        }
        return op;
    }

} // namespace

void replayScenario(const Scenario &scenario, bool states, const TextSink &sink)
{
    Heap heap(scenario.heapSize, scenario.policy, scenario.settings);
    std::string out;
    std::string scratch;
    replay(scenario, heap, [&](std::size_t i, const ScenarioStep &step, OpResult &r) {
        if (step.kind == ScenarioStep::Kind::Free && r.ok() && !r.events.empty()) {
            r.hasPtr = true; // the block freed, as a trace's free reports it
            r.ptr = r.events[0].span.start;
        }
        jsonl::appendOperation(out, i, operationOf(scenario, step, scratch), r, states ? &heap : nullptr);
        sendIfFull(out, sink);
    });
    jsonl::appendFinal(out, heap);
    sink(out);
}

bool replayTrace(std::string_view text, const ReplayOptions &options, const TextSink &sink, ParseError &error)
{
    Trace trace;
    if (!parseTrace(text, trace, error))
        return false;
    replayTrace(trace, options, sink);
    return true;
}

void replayTrace(const Trace &trace, const ReplayOptions &options, const TextSink &sink)
{
    Heap heap(options.heapSize, options.policy, options.settings);
    if (options.states)
        replayWithStates(trace, heap, sink);
    else
        replayPipelined(trace, heap, sink);
    std::string out;
    jsonl::appendFinal(out, heap);
    sink(out);
}

} // namespace heapboard
