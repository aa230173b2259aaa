import BriefingKit

print("briefing-bench: no benchmarks yet")
