int main() {

}