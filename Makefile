# Shortcuts for the scripts in scripts/ (which are what the README and CI use).
.PHONY: run test release clean

run:
	./scripts/run

test:
	./scripts/test

release:
	swift build -c release --product briefing

clean:
	rm -rf .build
