import Testing
import ClaimCheck
