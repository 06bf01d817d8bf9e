from seminar_search.cli import main

main()
