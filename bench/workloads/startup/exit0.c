/* Start-up benchmark: the smallest possible program. */
int main(void) { return 0; }
