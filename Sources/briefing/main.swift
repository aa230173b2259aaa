import ArgumentParser
import BriefingKit
import LineEditing

BriefingCommand.main()
