from plan_extract.cli.main import main

main()
