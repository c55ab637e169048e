from safeguarding.cli import main

main()
